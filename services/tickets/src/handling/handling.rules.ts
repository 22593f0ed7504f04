import { TicketKind, TicketStatus } from '../ticket/ticket.enums';
import { Problem } from '../ticket/ticket.rules';

/** R-TKT-5: a repair is completed on site, after the customer tested the work and signed. */
export function completionProblems(
  t: { kind: TicketKind; status: TicketStatus },
  customerSigned: boolean,
): Problem[] {
  const problems: Problem[] = [];
  if (t.kind === TicketKind.REPAIR && t.status !== TicketStatus.ON_SITE)
    problems.push({ field: 'id', message: 'the technician has not arrived (arriveTicket first)' });
  if (t.kind === TicketKind.REPAIR && !customerSigned)
    problems.push({
      field: 'input.customerSigned',
      message: 'the customer tests the work and signs (R-TKT-5)',
    });
  return problems;
}
