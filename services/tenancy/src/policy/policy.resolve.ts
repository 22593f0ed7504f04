import { POLICY_DEFINITIONS } from '@pm/contracts';
import { PolicyEntry, PolicySource } from './policy.types';

export interface StoredValue {
  key: string;
  propertyId?: string | null;
  value: unknown;
  effectiveFrom: string;
  createdAt: Date;
}

/**
 * The value in force on `asOf`: the latest property row effective by then, else the latest
 * company row, else the default. Later writes with the same effective date win.
 */
export function resolvePolicy(rows: StoredValue[], asOf: string, propertyId: string | null): PolicyEntry[] {
  const latest = (key: string, pid: string | null) =>
    rows
      .filter((r) => r.key === key && (r.propertyId ?? null) === pid && r.effectiveFrom <= asOf)
      .sort((a, b) =>
        a.effectiveFrom === b.effectiveFrom
          ? +a.createdAt - +b.createdAt
          : a.effectiveFrom < b.effectiveFrom
            ? -1
            : 1,
      )
      .at(-1);
  return POLICY_DEFINITIONS.map((d) => {
    const own = propertyId && d.perProperty ? latest(d.key, propertyId) : undefined;
    const company = own ? undefined : latest(d.key, null);
    const hit = own ?? company;
    return {
      key: d.key,
      value: hit ? hit.value : d.default,
      defaultValue: d.default,
      source: own ? PolicySource.PROPERTY : company ? PolicySource.COMPANY : PolicySource.DEFAULT,
      effectiveFrom: hit?.effectiveFrom ?? null,
      ruleIds: d.ruleIds,
      description: d.description,
      perProperty: d.perProperty,
    };
  });
}
