import { addDays } from '@pm/time';
import { gb11643CheckDigit } from '../src/customer/customer.rules';

/**
 * A valid resident ID number (GB 11643) per sequence number: distinct birth dates from `year`
 * and three-digit sequences, so a run's registrations never collide.
 */
export function idNumberFor(seq: number, year = 1990): string {
  const born = addDays(`${year}-01-01`, Math.floor(seq / 1000)).replace(/-/g, '');
  const first17 = `440301${born}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + gb11643CheckDigit(first17);
}
