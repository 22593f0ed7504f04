import { PolicyDefinition, int } from '../policy-definition';

/** Platform access (R-PLT-*): how the company's partner apps and staff accounts are handled. */
export const PlatformPolicies: readonly PolicyDefinition[] = [
  {
    key: 'platform.partnerSecretGraceSeconds',
    ruleIds: ['R-PLT-1'],
    description:
      'Seconds a partner app’s previous client secret keeps working after rotatePartnerClientSecret (Keycloak’s rotated secret).',
    type: int(1, 30 * 86_400, 'seconds'),
    default: 2 * 86_400,
    perProperty: false,
  },
];
