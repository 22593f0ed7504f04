/** The shape of one entry of the policy catalog (`policies.ts`) and the type builders the domains use. */
export type PolicyType =
  | { kind: 'int'; min?: number; max?: number; unit?: string }
  | { kind: 'decimal'; min?: number; max?: number; unit?: string }
  | { kind: 'bool' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'intList'; min?: number; max?: number; unit?: string; length?: number }
  | { kind: 'string'; pattern?: string };

export interface PolicyDefinition {
  key: string;
  ruleIds: string[];
  description: string;
  type: PolicyType;
  default: number | boolean | string | number[];
  perProperty: boolean;
}

export const int = (min: number, max: number, unit: string): PolicyType => ({ kind: 'int', min, max, unit });
export const decimal = (min: number, max: number, unit: string): PolicyType => ({
  kind: 'decimal',
  min,
  max,
  unit,
});
export const bool: PolicyType = { kind: 'bool' };
export const oneOf = (...values: string[]): PolicyType => ({ kind: 'enum', values });

/** Shared by several domains. */
export const rate = decimal(0, 1, 'ratio');
export const frequency = oneOf('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY');
