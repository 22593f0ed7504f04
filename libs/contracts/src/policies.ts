/**
 * The policy catalog: every number in docs/domain-rules.md is a per-tenant (sometimes per-property)
 * policy value, because the sample procedures of different companies disagree on them. Services read
 * effective values by key; this catalog is the one place that says what a key means, its type and default.
 */
import { PolicyDefinition } from './policy-definition';
import { KpiPolicies } from './policies/kpi';
import { CustomerPolicies } from './policies/customers';
import { TicketPolicies } from './policies/tickets';
import { BillingPolicies } from './policies/billing';
import { AppraisalPolicies } from './policies/appraisal';
import { WebhookPolicies } from './policies/webhooks';
import { PlatformPolicies } from './policies/platform';
import { DocumentPolicies } from './policies/documents';

export type { PolicyDefinition, PolicyType } from './policy-definition';

/**
 * Every policy of the platform, one file per domain under `policies/` (like `events/`); this order is
 * the order `policy` lists them in.
 */
export const POLICY_DEFINITIONS: readonly PolicyDefinition[] = [
  ...KpiPolicies,
  ...CustomerPolicies,
  ...TicketPolicies,
  ...BillingPolicies,
  ...AppraisalPolicies,
  ...WebhookPolicies,
  ...PlatformPolicies,
  ...DocumentPolicies,
];

export const POLICY_KEYS: readonly string[] = POLICY_DEFINITIONS.map((d) => d.key);

const byKey = new Map(POLICY_DEFINITIONS.map((d) => [d.key, d]));

export function policyDefinition(key: string): PolicyDefinition | undefined {
  return byKey.get(key);
}

function rangeProblems(label: string, n: number, type: { min?: number; max?: number }): string[] {
  const problems: string[] = [];
  if (type.min !== undefined && n < type.min) problems.push(`${label} must be ≥ ${type.min}`);
  if (type.max !== undefined && n > type.max) problems.push(`${label} must be ≤ ${type.max}`);
  return problems;
}

/** Returns problems (empty = valid) for a proposed value of `key`. */
export function validatePolicyValue(key: string, value: unknown): string[] {
  const def = byKey.get(key);
  if (!def) return [`unknown policy key ${key}`];
  const type = def.type;
  switch (type.kind) {
    case 'int':
      return Number.isSafeInteger(value)
        ? rangeProblems(key, value as number, type)
        : [`${key} must be an integer`];
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value)
        ? rangeProblems(key, value, type)
        : [`${key} must be a finite number`];
    case 'bool':
      return typeof value === 'boolean' ? [] : [`${key} must be true or false`];
    case 'enum':
      return typeof value === 'string' && type.values.includes(value)
        ? []
        : [`${key} must be one of ${type.values.join(', ')}`];
    case 'intList':
      if (!Array.isArray(value) || value.length === 0) return [`${key} must be a non-empty list of integers`];
      if (type.length !== undefined && value.length !== type.length)
        return [`${key} must list exactly ${type.length} integers`];
      return value.flatMap((v, i) =>
        Number.isSafeInteger(v)
          ? rangeProblems(`${key}[${i}]`, v, type)
          : [`${key}[${i}] must be an integer`],
      );
    case 'string':
      if (typeof value !== 'string') return [`${key} must be a string`];
      return type.pattern === undefined || new RegExp(type.pattern).test(value)
        ? []
        : [`${key} must match ${type.pattern}`];
  }
}
