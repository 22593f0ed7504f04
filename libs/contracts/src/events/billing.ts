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
  /** A recorded payment was reversed (bank recall, error); its bills are open again (R-BIL-8). */
  paymentReversed: defineEvent('billing', 'payment.reversed', 1, {
    paymentId: 'uuid',
    billId: 'uuid',
    propertyId: 'uuid',
    customerId: opt('uuid'),
    amountFen: 'int',
    reason: 'string',
  }),
  /** A dunning round (催缴) was generated for an unpaid bill (R-BIL-6). */
  dunningRoundGenerated: defineEvent('billing', 'dunning.round_generated', 1, {
    billId: 'uuid',
    propertyId: 'uuid',
    customerId: opt('uuid'),
    round: 'int',
    responsibleRole: 'string',
    scheduledOn: 'date',
  }),
  /** R-BIL-2: the property's meters are to be read for the period (抄表日); engineering reads them. */
  meterReadingDue: defineEvent('billing', 'meter_reading.due', 1, {
    propertyId: 'uuid',
    period: 'string',
    /** Property-local reading day. */
    readOn: 'date',
    /** Units of the property to read. */
    units: 'int',
  }),
} as const;
