import { registerEnumType } from 'type-graphql';
import { KeyAction } from './handover.rules';

registerEnumType(KeyAction, {
  valuesConfig: {
    ISSUED: { description: 'Handed to the customer at handover.	交房时交给客户。' },
    RETAINED: { description: 'Kept back while defects are open.	缺陷未修复期间留存。' },
    RELEASED: {
      description:
        'Kept-back keys handed to the customer once every defect is fixed.	所有缺陷修复后将留存钥匙交给客户。',
    },
  },
  name: 'HandoverKeyAction',
  description: 'A line of the key register (钥匙领用/移交登记表, R-CUS-12).',
});
