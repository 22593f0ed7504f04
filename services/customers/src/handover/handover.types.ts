import { registerEnumType } from 'type-graphql';
import { KeyAction } from './handover.rules';

registerEnumType(KeyAction, {
  name: 'HandoverKeyAction',
  description: 'A line of the key register (钥匙领用/移交登记表, R-CUS-12).',
});
