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
} as const;
