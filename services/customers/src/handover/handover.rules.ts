/** The move-in handover (第4篇 5.8.5–5.8.8, R-CUS-12): keys, the defect list, the household form. */
export enum KeyAction {
  /** Handed to the customer (领用). */
  ISSUED = 'ISSUED',
  /** Kept back by the company for repairs while defects are open (5.8.8). */
  RETAINED = 'RETAINED',
  /** A retained key handed over once the defects were fixed. */
  RELEASED = 'RELEASED',
}

type Problem = { field: string; message: string };

export interface KeyCount {
  label: string;
  quantity: number;
}

export function keyProblems(keys: readonly KeyCount[]): Problem[] {
  if (!keys.length || keys.length > 20) return [{ field: 'keys', message: '1..20 kinds of key' }];
  if (keys.some((k) => !k.label.trim() || k.label.trim().length > 50))
    return [{ field: 'keys', message: 'each label 1..50 characters' }];
  if (keys.some((k) => !Number.isInteger(k.quantity) || k.quantity < 1 || k.quantity > 20))
    return [{ field: 'keys', message: 'each quantity 1..20' }];
  if (new Set(keys.map((k) => k.label.trim())).size !== keys.length)
    return [{ field: 'keys', message: 'each label once' }];
  return [];
}

/**
 * R-CUS-12: at signing, keys of the first kind (the entry door, 入户门) are kept back, up to the
 * policy number and never all of them, while defects are open; everything else is issued.
 */
export function keySplit(
  keys: readonly KeyCount[],
  defectsOpen: boolean,
  retainPolicy: number,
): { label: string; issued: number; retained: number }[] {
  return keys.map((k, i) => {
    const retained = defectsOpen && i === 0 ? Math.min(retainPolicy, k.quantity - 1) : 0;
    return { label: k.label, issued: k.quantity - retained, retained: Math.max(0, retained) };
  });
}

export interface HouseholdMember {
  name: string;
  relation: string;
  phone?: string | null;
}

/** R-CUS-12: the household information form (业户基本情况表) is complete and legible (5.8.5). */
export function householdProblems(f: {
  members: readonly HouseholdMember[];
  emergencyContact: string;
  emergencyPhone: string;
}): Problem[] {
  const problems: Problem[] = [];
  if (!f.members.length || f.members.length > 20)
    problems.push({ field: 'members', message: '1..20 members' });
  else if (
    f.members.some(
      (m) => !m.name.trim() || m.name.length > 50 || !m.relation.trim() || m.relation.length > 20,
    )
  )
    problems.push({ field: 'members', message: 'each with a name (≤ 50) and a relation (≤ 20)' });
  if (!f.emergencyContact.trim() || f.emergencyContact.length > 50)
    problems.push({ field: 'emergencyContact', message: '1..50 characters' });
  if (!/^\+?[0-9 -]{5,20}$/.test(f.emergencyPhone.trim()))
    problems.push({ field: 'emergencyPhone', message: 'a phone number' });
  return problems;
}
