import { registerEnumType } from 'type-graphql';
import { KeyAction } from './handover.rules';

registerEnumType(KeyAction, {
  valuesConfig: {
    ISSUED: { description: 'Handed to the customer at handover.' },
    RETAINED: { description: 'Kept back while defects are open.' },
    RELEASED: {
      description: 'Kept-back keys handed to the customer once every defect is fixed.',
    },
  },
  name: 'HandoverKeyAction',
  description: 'A line of the key register (钥匙领用/移交登记表, R-CUS-12).',
});
