import { TicketStatus } from '../ticket/ticket.enums';
import { complaintProblems, mergeProblems } from './complaint.rules';

const now = new Date('2026-11-27T02:00:00Z');

describe('complaint rules', () => {
  it('R-TKT-8: a complaint is described, anonymous ones name no customer, the call is not in the future', () => {
    expect(complaintProblems({ description: 'noise at night', customerId: 'c' }, now)).toEqual([]);
    expect(
      complaintProblems(
        {
          description: '',
          anonymous: true,
          customerId: 'c',
          calledAt: new Date(now.getTime() + 5 * 60_000),
        },
        now,
      ),
    ).toEqual([
      { field: 'description', message: 'required' },
      { field: 'customerId', message: 'an anonymous complaint names no customer' },
      { field: 'calledAt', message: 'cannot be in the future' },
    ]);
  });

  it('R-TKT-8: merged tickets are named, known, open and of the same property', () => {
    const target = { propertyId: 'p1' };
    const open = { id: 'a', propertyId: 'p1', status: TicketStatus.OPEN };
    expect(mergeProblems(target, ['a'], [open])).toEqual([]);
    expect(mergeProblems(target, [], [])).toEqual([
      { field: 'sourceIds', message: 'name at least one other ticket' },
    ]);
    expect(
      mergeProblems(
        target,
        ['a', 'b', 'c'],
        [
          { id: 'a', propertyId: 'p2', status: TicketStatus.OPEN },
          { id: 'b', propertyId: 'p1', status: TicketStatus.MERGED },
        ],
      ),
    ).toEqual([
      { field: 'sourceIds', message: 'unknown ticket' },
      { field: 'sourceIds', message: 'a is of another property' },
      { field: 'sourceIds', message: 'b is closed' },
    ]);
  });
});
