import { validationFailed } from '@pm/graphql';
import {
  CLOSED_STATUSES,
  ComplaintCategory,
  Department,
  HelpCategory,
  Severity,
  TicketStatus,
} from './ticket.enums';

export type Problem = { field: string; message: string };

/** A closed ticket (completed, refused, merged) takes no further change. */
export function assertOpen(t: { status: TicketStatus }): void {
  if (CLOSED_STATUSES.includes(t.status))
    throw validationFailed('ticket is closed', [{ field: 'id', message: `ticket is ${t.status}` }]);
}

/** The call (or finding) time given at intake: at most a minute ahead of now, at most 7 days back. */
export function callTimeProblems(given: Date | undefined, now: Date, field: string): Problem[] {
  if (!given) return [];
  const problems: Problem[] = [];
  if (given.getTime() > now.getTime() + 60_000) problems.push({ field, message: 'cannot be in the future' });
  if (given.getTime() < now.getTime() - 7 * 24 * 3600_000)
    problems.push({ field, message: 'more than 7 days ago' });
  return problems;
}

/** Every intake names what happened. */
export function descriptionProblems(description: string): Problem[] {
  return description ? [] : [{ field: 'description', message: 'required' }];
}

/** R-TKT-8: engineering takes facilities, security takes safety, customer service the rest. */
export function departmentFor(category: ComplaintCategory): Department {
  switch (category) {
    case ComplaintCategory.FACILITY:
      return Department.ENGINEERING;
    case ComplaintCategory.SAFETY:
      return Department.SECURITY;
    default:
      return Department.CUSTOMER_SERVICE;
  }
}

/** R-TKT-9: emergencies are escalated to leadership at once. */
export function helpSeverity(category: HelpCategory): Severity {
  return [HelpCategory.MEDICAL_EMERGENCY, HelpCategory.CRIME_ACCIDENT, HelpCategory.DISASTER].includes(
    category,
  )
    ? Severity.MAJOR
    : Severity.GENERAL;
}

export interface ChargeRequest {
  priceItemCode: string;
  quantity: number;
}

export interface PricedItem {
  code: string;
  name: string;
  priceFen: number;
}

/**
 * R-TKT-5: charge lines at the unit price in force (or the accepted quote), integer fen. Unknown
 * codes and bad quantities are reported together.
 */
export function priceCharges(
  charges: ChargeRequest[],
  items: PricedItem[],
): {
  lines: { code: string; name: string; quantity: number; unitPriceFen: number; amountFen: number }[];
  totalFen: number;
  problems: Problem[];
} {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const problems: Problem[] = [];
  const lines: { code: string; name: string; quantity: number; unitPriceFen: number; amountFen: number }[] =
    [];
  charges.forEach((c, i) => {
    const item = byCode.get(c.priceItemCode.trim().toUpperCase());
    if (!item)
      problems.push({
        field: `charges.${i}.priceItemCode`,
        message: `"${c.priceItemCode}" is not on the price list nor the accepted quote`,
      });
    if (!Number.isInteger(c.quantity) || c.quantity < 1 || c.quantity > 1000)
      problems.push({ field: `charges.${i}.quantity`, message: 'an integer from 1 to 1000' });
    if (item && Number.isInteger(c.quantity))
      lines.push({
        code: item.code,
        name: item.name,
        quantity: c.quantity,
        unitPriceFen: item.priceFen,
        amountFen: item.priceFen * c.quantity,
      });
  });
  return { lines, totalFen: lines.reduce((s, l) => s + l.amountFen, 0), problems };
}
