import { createHash } from 'crypto';
import { Problem } from '../ticket/ticket.rules';
import { RecheckResult } from './recheck.entity';

/**
 * R-TKT-12: which of the day's completed repairs go on the re-check list. All of them at share 1;
 * otherwise the first ceil(share × n) by a hash of the ticket id, so the list is the same however
 * often it is drawn and no one can pick the easy ones.
 */
export function recheckSelection(ticketIds: string[], share: number): string[] {
  const n = Math.ceil(Math.min(1, Math.max(0, share)) * ticketIds.length - 1e-9);
  const key = (id: string) => createHash('sha256').update(id).digest('hex');
  return [...ticketIds]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .slice(0, n)
    .sort();
}

/** What a re-check result must carry: a verdict, and for NOT_FIXED what is still wrong (R-TKT-12). */
export function recheckProblems(result: RecheckResult, note: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const text = note?.trim() ?? '';
  if (result === RecheckResult.PENDING) problems.push({ field: 'result', message: 'OK or NOT_FIXED' });
  if (result === RecheckResult.NOT_FIXED && !text)
    problems.push({ field: 'note', message: 'say what is still not fixed' });
  if (text.length > 500) problems.push({ field: 'note', message: 'at most 500 characters' });
  return problems;
}

/** A line still pending after its re-check day is overdue (R-TKT-12). */
export function recheckOverdue(result: RecheckResult, checkDate: string, today: string): boolean {
  return result === RecheckResult.PENDING && today > checkDate;
}
