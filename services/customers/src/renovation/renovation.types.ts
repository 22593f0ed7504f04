import { registerEnumType } from 'type-graphql';
import { InspectionKind, RenovationStatus } from './renovation.rules';

registerEnumType(RenovationStatus, {
  name: 'RenovationStatus',
  description: 'Where a renovation stands (R-CUS-11).',
});
registerEnumType(InspectionKind, {
  name: 'RenovationInspectionKind',
  description: 'Initial (初验), formal (正式验收), or both at once for a small job (R-CUS-11).',
});
