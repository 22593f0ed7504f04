import { defineEvent } from '../event-contract';
import { opt } from '../schema';

/** Events published by the billing service. */
export const BillingEvents = {
  billIssued: defineEvent('billing', 'bill.issued', 1, {
    billId: 'uuid',
    propertyId: 'uuid',
    unitId: 'uuid',
    customerId: opt('uuid'),
    period: 'string',
    totalFen: 'int',
    dueDate: 'date',
  }),
  billPaid: defineEvent('billing', 'bill.paid', 1, {
    billId: 'uuid',
    paymentId: 'uuid',
    propertyId: 'uuid',
    customerId: opt('uuid'),
    amountFen: 'int',
    paidAt: 'datetime',
  }),
  arrearsEscalated: defineEvent('billing', 'arrears.escalated', 1, {
    customerId: 'uuid',
    propertyId: 'uuid',
    stage: 'string',
    overdueFen: 'int',
    months: 'int',
  }),
  /** The answer to moveout.requested (R-BIL-9, R-CUS-6). */
  clearanceDecided: defineEvent('billing', 'clearance.decided', 1, {
    requestId: 'uuid',
    customerId: 'uuid',
    cleared: 'boolean',
    amountOwedFen: 'int',
    monthsOwed: 'int',
  }),
} as const;
