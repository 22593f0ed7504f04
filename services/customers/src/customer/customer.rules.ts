import { isCalendarDate } from '@pm/time';

import { CustomerKind } from './customer.types';

export interface Problem {
  field: string;
  message: string;
}

const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
/** Mainland resident ID (18, last may be X) or a passport / HK-Macau permit number. */
const ID_NUMBER = /^(\d{17}[\dX]|[A-Z0-9]{6,20})$/;

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
  if (c.idNumber && !ID_NUMBER.test(c.idNumber.trim().toUpperCase()))
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
