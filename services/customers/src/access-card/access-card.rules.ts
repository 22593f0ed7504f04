import { isCalendarDate } from '@pm/time';

export interface Problem {
  field: string;
  message: string;
}

export const CARD_NUMBER_MAX = 32;

/** Card numbers compare without spaces and case: `a 001` and `A001` are one card. */
export const normaliseCardNumber = (n: string) => n.replace(/\s+/g, '').toUpperCase();

export function cardProblems(cardNumber: string, issuedOn: string): Problem[] {
  const p: Problem[] = [];
  const n = normaliseCardNumber(cardNumber);
  if (!n) p.push({ field: 'cardNumber', message: 'required' });
  else if (n.length > CARD_NUMBER_MAX || !/^[A-Z0-9-]+$/.test(n))
    p.push({ field: 'cardNumber', message: `letters, digits or dashes, at most ${CARD_NUMBER_MAX}` });
  if (!isCalendarDate(issuedOn)) p.push({ field: 'issuedOn', message: 'YYYY-MM-DD' });
  return p;
}

export function cardReturnProblems(issuedOn: string, returnedOn: string): Problem[] {
  if (!isCalendarDate(returnedOn)) return [{ field: 'returnedOn', message: 'YYYY-MM-DD' }];
  if (returnedOn < issuedOn) return [{ field: 'returnedOn', message: `on or after ${issuedOn}` }];
  return [];
}

/**
 * R-CUS-8: a card goes to the occupancy's own customer or, for an owner's occupancy, to a lessee
 * the owner sublets the unit to (a sublet current on the day of issue).
 */
export function mayHoldCard(o: {
  holderId: string;
  occupancyCustomerId: string;
  occupancyKind: string;
  sublets: readonly { lesseeId: string; startDate: string; endDate?: string | null }[];
  on: string;
}): boolean {
  if (o.holderId === o.occupancyCustomerId) return true;
  if (o.occupancyKind !== 'OWNER') return false;
  return o.sublets.some(
    (s) => s.lesseeId === o.holderId && s.startDate <= o.on && (!s.endDate || s.endDate >= o.on),
  );
}
