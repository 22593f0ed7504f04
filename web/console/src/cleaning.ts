import type { RepairPriority } from './gql/graphql';

/** What a vacant-unit cleaning covers (R-TKT-16), in the order the checklist is printed. */
export const CLEANING_ITEMS = ['FLOOR', 'WALLS_AND_FITTINGS', 'TOILET', 'WINDOWS'] as const;

export interface DamageDraft {
  description?: string;
  priority?: RepairPriority;
}

/**
 * The damages typed in the cleaning dialog as the API takes them: a row left blank is one the
 * person added and did not fill, not a damage (the API would refuse an empty description).
 */
export function damagesInput(drafts: readonly DamageDraft[] | undefined) {
  return (drafts ?? [])
    .map((d) => ({ description: (d.description ?? '').trim(), priority: d.priority ?? 'NORMAL' }))
    .filter((d) => d.description.length > 0);
}

/** A vacant unit's cleaning as one tag: overdue outranks due. */
export const cleaningState = (u: { due: boolean; overdue: boolean }): 'overdue' | 'due' | undefined =>
  u.overdue ? 'overdue' : u.due ? 'due' : undefined;
