import { LateFee, lateFee } from '../common/money';
import type { Bill, BillLine } from './bill.entity';

export enum BillStatus {
  ISSUED = 'ISSUED',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
}

/** Line kinds priced per m² of the unit (R-BIL-1). */
const PER_SQM = new Set(['MANAGEMENT', 'AIR_CONDITIONING', 'RENOVATION_MANAGEMENT']);

/** The stored label plus what the amount was made of (composed on read; the bulk run stores labels). */
export function describeLine(l: Pick<BillLine, 'kind' | 'label' | 'quantity' | 'unitPriceFen' | 'ticketId'>) {
  if (l.kind === 'REPAIR') return l.ticketId ? `${l.label}, ticket ${l.ticketId}` : l.label;
  if (l.quantity == null || l.unitPriceFen == null) return l.label;
  const unit = PER_SQM.has(l.kind) ? ' m²' : '';
  return `${l.label} ${Number(l.quantity)}${unit} × ${l.unitPriceFen} fen`;
}

/** What a bill's status is once `paidFen` of `totalFen` is paid. */
export function billStatusOf(paidFen: number, totalFen: number): BillStatus {
  if (paidFen >= totalFen) return BillStatus.PAID;
  return paidFen > 0 ? BillStatus.PARTIALLY_PAID : BillStatus.ISSUED;
}

export function billLateFee(
  bill: Pick<Bill, 'totalFen' | 'dueDate' | 'lateFeeRate' | 'rounding'>,
  credits: { date: string; amountFen: number }[],
  deferredUntil: string | null,
  asOf: string,
): LateFee {
  return lateFee({
    totalFen: bill.totalFen,
    dueDate: bill.dueDate,
    asOf,
    payments: credits,
    ratePerDay: bill.lateFeeRate,
    rounding: bill.rounding,
    deferredUntil,
  });
}
