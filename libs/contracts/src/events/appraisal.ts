import { defineEvent } from '../event-contract';

/** Events published by the appraisal service. */
export const AppraisalEvents = {
  checkRecorded: defineEvent('appraisal', 'check.recorded', 1, {
    checkId: 'uuid',
    staffId: 'uuid',
    checkerId: 'uuid',
    kind: 'string',
    date: 'date',
    total: 'number',
  }),
  /** A checked person's appeal against a finding was decided; `upheld` = the finding no longer deducts. */
  appealDecided: defineEvent('appraisal', 'appeal.decided', 1, {
    appealId: 'uuid',
    findingId: 'uuid',
    checkId: 'uuid',
    staffId: 'uuid',
    upheld: 'boolean',
  }),
} as const;
