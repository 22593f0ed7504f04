import { registerEnumType } from 'type-graphql';
import { InspectionKind, RenovationStatus } from './renovation.rules';

registerEnumType(RenovationStatus, {
  valuesConfig: {
    APPLIED: { description: 'Applied; works may start.' },
    INITIAL_PASSED: {
      description: 'Initial inspection (with concealed works) passed.',
    },
    ACCEPTED: {
      description: 'Formally accepted; the deposit refund period starts.',
    },
  },
  name: 'RenovationStatus',
  description: 'Where a renovation stands (R-CUS-11).',
});
registerEnumType(InspectionKind, {
  valuesConfig: {
    INITIAL: { description: 'Initial inspection (初验), with concealed works.' },
    FORMAL: { description: 'Formal acceptance (正式验收).' },
    COMBINED: {
      description: 'Initial and formal in one visit, for a small job.',
    },
  },
  name: 'RenovationInspectionKind',
  description: 'Initial (初验), formal (正式验收), or both at once for a small job (R-CUS-11).',
});
