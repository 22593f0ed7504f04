import { isCalendarDate } from '@pm/time';

import { CustomerKind } from './customer.types';

export interface Problem {
  field: string;
  message: string;
}

const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
/** Mainland resident ID (18, last may be X) or a passport / HK-Macau permit number. */
const RESIDENT_ID = /^\d{17}[\dX]$/;
const OTHER_ID = /^[A-Z0-9]{6,20}$/;
const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The check character of a resident ID number (GB 11643-1999) from its first 17 digits. */
export function gb11643CheckDigit(first17: string): string {
  const sum = GB11643_WEIGHTS.reduce((s, w, i) => s + w * Number(first17[i]), 0);
  return '10X98765432'[sum % 11];
}

/**
 * A resident ID number (18 characters: region, birth date, sequence, check character) must carry
 * its GB 11643 check character and a real birth date; anything else is taken as a passport or
 * another document number (letters and digits).
 */
export function isIdNumber(raw: string): boolean {
  const v = raw.trim().toUpperCase();
  if (RESIDENT_ID.test(v))
    return (
      gb11643CheckDigit(v.slice(0, 17)) === v[17] &&
      isCalendarDate(`${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`)
    );
  return OTHER_ID.test(v);
}

export interface CustomerFields {
  name: string;
  phone: string;
  kind: string;
  idNumber?: string | null;
  birthday?: string | null;
  email?: string | null;
}

/** R-CUS-1: what a customer record needs; used by registration and by every import row. */
export function customerProblems(c: CustomerFields): Problem[] {
  const p: Problem[] = [];
  const name = c.name?.trim() ?? '';
  if (!name || name.length > 100) p.push({ field: 'name', message: 'must be 1–100 characters' });
  if (!PHONE.test(c.phone?.trim() ?? '')) p.push({ field: 'phone', message: 'is not a phone number' });
  if (!Object.values(CustomerKind).includes(c.kind as CustomerKind))
    p.push({ field: 'kind', message: `must be one of ${Object.values(CustomerKind).join(', ')}` });
  if (c.idNumber && !isIdNumber(c.idNumber))
    p.push({ field: 'idNumber', message: 'is not an ID or passport number' });
  if (c.birthday && !isCalendarDate(c.birthday)) p.push({ field: 'birthday', message: 'must be YYYY-MM-DD' });
  if (c.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.email))
    p.push({ field: 'email', message: 'is not an e-mail' });
  return p;
}

/** R-CUS-3: the next birthday on or after `today` (29 Feb → 28 Feb in common years). */
export function nextBirthday(birthday: string, today: string): string {
  const [, m, d] = birthday.split('-').map(Number);
  let y = Number(today.slice(0, 4));
  const make = (year: number) => {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const day = m === 2 && d === 29 && !leap ? 28 : d;
    return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  if (make(y) < today) y++;
  return make(y);
}
