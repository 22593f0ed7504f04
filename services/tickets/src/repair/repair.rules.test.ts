import { QuoteState, TicketKind } from '../ticket/ticket.enums';
import {
  assertQuoteAccepted,
  itemCode,
  quoteProblems,
  refusalProblems,
  repairReportProblems,
} from './repair.rules';

const now = new Date('2026-11-27T02:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);
const codes = (fn: () => void) => {
  try {
    fn();
    return [];
  } catch (e: any) {
    return [e.extensions?.code, e.message];
  }
};

describe('repair rules', () => {
  it('a report needs a description, a future appointment, no unit in a public area, a plausible call time', () => {
    expect(repairReportProblems({ description: 'tap drips' }, now)).toEqual([]);
    expect(
      fields(
        repairReportProblems(
          {
            description: '',
            appointmentAt: minutes(-1),
            publicArea: true,
            unitId: 'u',
            calledAt: minutes(2),
          },
          now,
        ),
      ),
    ).toEqual(['description', 'appointmentAt', 'unitId', 'calledAt']);
    expect(repairReportProblems({ description: 'x', calledAt: minutes(-8 * 24 * 60) }, now)).toEqual([
      { field: 'calledAt', message: 'more than 7 days ago' },
    ]);
    expect(repairReportProblems({ description: 'x', calledAt: minutes(1) }, now)).toEqual([]);
  });

  it('price-list codes are trimmed and upper case', () => {
    expect(itemCode(' tap_replace ')).toBe('TAP_REPLACE');
  });

  it('R-TKT-3: only an unlisted repair is quoted, once; price in whole fen; code defaults to QUOTE', () => {
    const unlisted = { kind: TicketKind.REPAIR, quoteState: QuoteState.NONE };
    expect(quoteProblems(unlisted, { name: 'new pipe', priceFen: 12000 })).toEqual({
      code: 'QUOTE',
      problems: [],
    });
    expect(quoteProblems(unlisted, { name: 'pipe', priceFen: 1, code: ' pipe-1 ' }).code).toBe('PIPE-1');
    expect(
      fields(
        quoteProblems(
          { kind: TicketKind.REPAIR, priceItemCode: 'TAP', quoteState: QuoteState.ACCEPTED },
          { name: ' ', priceFen: 1.5, code: 'no spaces' },
        ).problems,
      ),
    ).toEqual(['id', 'id', 'input.priceFen', 'input.name', 'input.code']);
    expect(quoteProblems({ kind: TicketKind.COMPLAINT }, { name: 'x', priceFen: 0 }).problems).toEqual([
      { field: 'id', message: 'only repair orders are quoted' },
    ]);
  });

  it('R-TKT-3: work on an unlisted in-home repair waits for the accepted quote', () => {
    const repair = { kind: TicketKind.REPAIR, publicArea: false };
    expect(codes(() => assertQuoteAccepted({ ...repair, quoteState: QuoteState.PENDING }))).toEqual([
      'VALIDATION_FAILED',
      'work starts only after the customer accepts the quote (R-TKT-3)',
    ]);
    expect(codes(() => assertQuoteAccepted({ ...repair, quoteState: QuoteState.ACCEPTED }))).toEqual([]);
    expect(codes(() => assertQuoteAccepted({ ...repair, priceItemCode: 'TAP' }))).toEqual([]);
    expect(codes(() => assertQuoteAccepted({ ...repair, publicArea: true }))).toEqual([]);
    expect(codes(() => assertQuoteAccepted({ kind: TicketKind.COMPLAINT, publicArea: false }))).toEqual([]);
  });

  it('R-TKT-4: a refusal of a repair gives the reason and the policy’s number of different signatures', () => {
    expect(refusalProblems(TicketKind.REPAIR, 'too dear', ['Wang', 'Li'], 2)).toEqual([]);
    expect(refusalProblems(TicketKind.REPAIR, 'too dear', ['Wang', 'Wang'], 2)).toEqual([
      { field: 'input.signatures', message: '2 different signatures needed' },
    ]);
    expect(fields(refusalProblems(TicketKind.HELP, ' ', [], 1))).toEqual([
      'id',
      'input.reason',
      'input.signatures',
    ]);
  });
});
