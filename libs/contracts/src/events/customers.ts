import { defineEvent } from '../event-contract';
import { opt } from '../schema';

/** Events published by the customers service (customers, occupancy, move-in/out). */
export const CustomerEvents = {
  customerRegistered: defineEvent('customers', 'customer.registered', 1, {
    customerId: 'uuid',
    propertyId: 'uuid',
    kind: 'string',
    name: 'string',
  }),
  /** Move-in (入伙) recorded; handover meter readings go to billing (R-CUS-4). */
  occupancyStarted: defineEvent('customers', 'occupancy.started', 1, {
    occupancyId: 'uuid',
    customerId: 'uuid',
    unitId: 'uuid',
    propertyId: 'uuid',
    kind: 'string',
    startDate: 'date',
    /** `[{ meter: 'WATER' | 'ELECTRICITY' | 'GAS', reading: number }]` taken at handover. */
    meterReadings: opt('json'),
  }),
  occupancyEnded: defineEvent('customers', 'occupancy.ended', 1, {
    occupancyId: 'uuid',
    customerId: 'uuid',
    unitId: 'uuid',
    propertyId: 'uuid',
    endDate: 'date',
  }),
  /** Billing answers with clearance.decided (R-CUS-6, R-BIL-9); also sent for ownership transfer (R-CUS-7). */
  moveOutRequested: defineEvent('customers', 'moveout.requested', 1, {
    requestId: 'uuid',
    customerId: 'uuid',
    unitId: 'uuid',
    propertyId: 'uuid',
    plannedDate: 'date',
    /** MOVE_OUT or OWNERSHIP_TRANSFER */
    reason: 'string',
  }),
  /** A sublet registered (R-CUS-8): billing bills the unit to the party the lease names. */
  subletRegistered: defineEvent('customers', 'sublet.registered', 1, {
    subletId: 'uuid',
    unitId: 'uuid',
    propertyId: 'uuid',
    ownerId: 'uuid',
    lesseeId: 'uuid',
    startDate: 'date',
    endDate: opt('date'),
    /** `[{ feeItem: string, payer: 'OWNER' | 'LESSEE' }]` as agreed in the lease. */
    feePayers: 'json',
  }),
  /** A renovation formally accepted (R-CUS-11); billing starts the deposit refund period (R-BIL-10). */
  renovationAccepted: defineEvent('customers', 'renovation.accepted', 1, {
    renovationId: 'uuid',
    customerId: 'uuid',
    unitId: 'uuid',
    propertyId: 'uuid',
    /** Property-local date of the passed formal (or combined) inspection. */
    acceptedOn: 'date',
    /** The day that inspection was due (R-BIL-10 working days); billing records a late acceptance. */
    dueOn: opt('date'),
  }),
  /** A defect of the move-in handover list (R-CUS-12): engineering follows it up. */
  handoverDefectRecorded: defineEvent('customers', 'handover.defect_recorded', 1, {
    handoverId: 'uuid',
    defectId: 'uuid',
    customerId: 'uuid',
    unitId: 'uuid',
    propertyId: 'uuid',
    location: 'string',
    description: 'string',
  }),
  /**
   * A sampled customer answered the annual satisfaction survey (R-CUS-13); tickets holds the
   * scores for the dashboard's satisfaction KPI (R-KPI-3).
   */
  surveyAnswered: defineEvent('customers', 'survey.answered', 1, {
    responseId: 'uuid',
    campaignId: 'uuid',
    propertyId: 'uuid',
    year: 'int',
    /** Sum and number of the 1–5 scores given, so a mean over many answers weighs every score. */
    scoreSum: 'int',
    scoreCount: 'int',
    answeredAt: 'datetime',
  }),
} as const;
