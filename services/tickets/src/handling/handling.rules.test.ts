import { TicketKind, TicketStatus } from '../ticket/ticket.enums';
import { assertOpen, callTimeProblems, descriptionProblems } from '../ticket/ticket.rules';
import { completionProblems } from './handling.rules';

const now = new Date('2026-11-27T02:00:00Z');

describe('handling rules', () => {
  it('R-TKT-5: a repair is completed on site with the customer’s signature; other kinds need neither', () => {
    expect(completionProblems({ kind: TicketKind.REPAIR, status: TicketStatus.ON_SITE }, true)).toEqual([]);
    expect(
      completionProblems({ kind: TicketKind.REPAIR, status: TicketStatus.DISPATCHED }, false).map(
        (p) => p.field,
      ),
    ).toEqual(['id', 'input.customerSigned']);
    expect(completionProblems({ kind: TicketKind.COMPLAINT, status: TicketStatus.OPEN }, false)).toEqual([]);
  });

  it('a closed ticket takes no change', () => {
    for (const status of [TicketStatus.COMPLETED, TicketStatus.REFUSED, TicketStatus.MERGED])
      expect(() => assertOpen({ status })).toThrow('ticket is closed');
    for (const status of [TicketStatus.OPEN, TicketStatus.DISPATCHED, TicketStatus.ON_SITE])
      expect(() => assertOpen({ status })).not.toThrow();
  });

  it('intake: a description, and a call time at most a minute ahead and 7 days back', () => {
    expect(descriptionProblems('')).toEqual([{ field: 'description', message: 'required' }]);
    expect(descriptionProblems('leak')).toEqual([]);
    const at = (min: number) => new Date(now.getTime() + min * 60_000);
    expect(callTimeProblems(undefined, now, 'calledAt')).toEqual([]);
    expect(callTimeProblems(at(1), now, 'calledAt')).toEqual([]);
    expect(callTimeProblems(at(2), now, 'foundAt')).toEqual([
      { field: 'foundAt', message: 'cannot be in the future' },
    ]);
    expect(callTimeProblems(at(-7 * 24 * 60), now, 'calledAt')).toEqual([]);
    expect(callTimeProblems(at(-7 * 24 * 60 - 1), now, 'calledAt')).toEqual([
      { field: 'calledAt', message: 'more than 7 days ago' },
    ]);
  });
});
