import { registerEnumType } from 'type-graphql';
import { InspectionKind, RenovationStatus } from './renovation.rules';

registerEnumType(RenovationStatus, {
  valuesConfig: {
    APPLIED: { description: 'Applied; works may start.	已申请，可开工。' },
    INITIAL_PASSED: {
      description: 'Initial inspection (with concealed works) passed.	初验（含隐蔽工程）已通过。',
    },
    ACCEPTED: {
      description: 'Formally accepted; the deposit refund period starts.	已正式验收，押金退还期开始计算。',
    },
  },
  name: 'RenovationStatus',
  description: 'Where a renovation stands (R-CUS-11).',
});
registerEnumType(InspectionKind, {
  valuesConfig: {
    INITIAL: { description: 'Initial inspection (初验), with concealed works.	初验，含隐蔽工程。' },
    FORMAL: { description: 'Formal acceptance (正式验收).	正式验收。' },
    COMBINED: {
      description: 'Initial and formal in one visit, for a small job.	小型工程初验与正式验收一次完成。',
    },
  },
  name: 'RenovationInspectionKind',
  description: 'Initial (初验), formal (正式验收), or both at once for a small job (R-CUS-11).',
});
