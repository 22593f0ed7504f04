import { validationFailed } from '@pm/graphql';
import { QuoteState, TicketKind } from '../ticket/ticket.enums';
import { Problem, callTimeProblems, descriptionProblems } from '../ticket/ticket.rules';

/** What a repair report must satisfy before anything is written (R-TKT-1, R-TKT-2, R-TKT-6). */
export function repairReportProblems(
  input: {
    description: string;
    appointmentAt?: Date;
    publicArea?: boolean;
    unitId?: string;
    calledAt?: Date;
  },
  now: Date,
): Problem[] {
  const problems = descriptionProblems(input.description);
  if (input.appointmentAt && input.appointmentAt.getTime() < now.getTime())
    problems.push({ field: 'appointmentAt', message: 'must be in the future' });
  if (input.publicArea && input.unitId)
    problems.push({ field: 'unitId', message: 'a public-area repair has no unit' });
  problems.push(...callTimeProblems(input.calledAt, now, 'calledAt'));
  return problems;
}

/** Price-list and quote codes: trimmed, upper case. */
export const itemCode = (code: string) => code.trim().toUpperCase();

/**
 * R-TKT-3: only an unlisted repair item is quoted, once accepted never again; the price is integer
 * fen, the code (default QUOTE) a charge code.
 */
export function quoteProblems(
  t: { kind: TicketKind; priceItemCode?: string; quoteState?: QuoteState },
  input: { name: string; priceFen: number; code?: string },
): { code: string; problems: Problem[] } {
  const problems: Problem[] = [];
  if (t.kind !== TicketKind.REPAIR) problems.push({ field: 'id', message: 'only repair orders are quoted' });
  else if (t.priceItemCode)
    problems.push({ field: 'id', message: 'the item is on the price list; no quote needed' });
  if (t.quoteState === QuoteState.ACCEPTED)
    problems.push({ field: 'id', message: 'the quote was already accepted' });
  if (!Number.isInteger(input.priceFen) || input.priceFen < 0)
    problems.push({ field: 'input.priceFen', message: 'a non-negative integer of fen' });
  if (!input.name.trim()) problems.push({ field: 'input.name', message: 'required' });
  const code = itemCode(input.code ?? 'QUOTE');
  if (!/^[A-Z0-9_-]{1,40}$/.test(code)) problems.push({ field: 'input.code', message: 'A–Z, 0–9, _ or -' });
  return { code, problems };
}

/** R-TKT-3: work on an unlisted in-home repair starts only after the customer accepts the quote. */
export function assertQuoteAccepted(t: {
  kind: TicketKind;
  publicArea: boolean;
  priceItemCode?: string;
  quoteState?: QuoteState;
}): void {
  if (
    t.kind === TicketKind.REPAIR &&
    !t.publicArea &&
    !t.priceItemCode &&
    t.quoteState !== QuoteState.ACCEPTED
  )
    throw validationFailed('work starts only after the customer accepts the quote (R-TKT-3)', [
      { field: 'id', message: `quote is ${t.quoteState}` },
    ]);
}

/** R-TKT-4: a refusal is of a repair, gives the reason and carries `needed` different signatures. */
export function refusalProblems(
  kind: TicketKind,
  reason: string,
  signatures: string[],
  needed: number,
): Problem[] {
  const problems: Problem[] = [];
  if (kind !== TicketKind.REPAIR) problems.push({ field: 'id', message: 'only repair orders are refused' });
  if (!reason.trim()) problems.push({ field: 'input.reason', message: 'required' });
  if (new Set(signatures).size < needed)
    problems.push({ field: 'input.signatures', message: `${needed} different signatures needed` });
  return problems;
}
