import { PolicyDefinition, frequency, int, rate } from '../policy-definition';

// A day in the same 24 h is the longest SLA the procedures express in minutes.
const minutes = int(1, 24 * 60, 'minutes');

/**
 * Tickets service: repairs, complaints, help and patrols (R-TKT-*) and follow-up visits (R-VIS-*).
 * Sites differ in staffing and layout, so every SLA may be set per property.
 */
export const TicketPolicies: readonly PolicyDefinition[] = [
  {
    key: 'tickets.repairOrderFillMinutes',
    ruleIds: ['R-TKT-1'],
    description: 'Minutes from the repair call until the repair order is filled in (维修单).',
    type: minutes,
    default: 2,
    perProperty: true,
  },
  {
    key: 'tickets.engineeringNotifyMinutes',
    ruleIds: ['R-TKT-1'],
    description:
      'Minutes from the repair call until engineering is notified, 5 in the 第5篇 sample and 3 by default.',
    type: minutes,
    default: 3,
    perProperty: true,
  },
  {
    key: 'tickets.onSiteUrgentMinutes',
    ruleIds: ['R-TKT-7', 'R-TKT-2'],
    description:
      'Minutes from taking the order until the technician is on site for an urgent in-home repair, which includes a price-list item wanted as soon as possible (特急).',
    type: minutes,
    default: 10,
    perProperty: true,
  },
  {
    key: 'tickets.onSiteExpressMinutes',
    ruleIds: ['R-TKT-7'],
    description:
      'Minutes from taking the order until the technician is on site for an express in-home repair (急).',
    type: minutes,
    default: 15,
    perProperty: true,
  },
  {
    key: 'tickets.onSiteNormalByMinuteOfDay',
    ruleIds: ['R-TKT-7'],
    description:
      'Local minute of the order’s day by which a normal in-home repair without appointment is on site, 1440 meaning end of day (一般).',
    type: int(1, 24 * 60, 'minute of day'),
    default: 24 * 60,
    perProperty: true,
  },
  {
    key: 'tickets.appointmentLeadMinutes',
    ruleIds: ['R-TKT-2'],
    description: 'Minutes before an agreed appointment that the technician must be on site.',
    type: int(0, 120, 'minutes'),
    default: 5,
    perProperty: true,
  },
  {
    key: 'tickets.unlistedRepairQuoteMinutes',
    ruleIds: ['R-TKT-3'],
    description:
      'Minutes from taking the order until the engineering supervisor assesses feasibility and price of an item not on the price list.',
    type: minutes,
    default: 15,
    perProperty: true,
  },
  {
    key: 'tickets.refusalSignatures',
    ruleIds: ['R-TKT-4'],
    description: 'Signatures an order closed as refused by the customer must carry, next to the reason.',
    type: int(1, 5, 'signatures'),
    default: 2,
    perProperty: false,
  },
  {
    key: 'tickets.publicAreaNotifyMinutes',
    ruleIds: ['R-TKT-6'],
    description: 'Minutes from a public-area repair report until engineering is notified.',
    type: minutes,
    default: 10,
    perProperty: true,
  },
  {
    key: 'tickets.publicAreaOnSiteMinutes',
    ruleIds: ['R-TKT-6'],
    description: 'Minutes from a public-area repair report until the technician is on site.',
    type: minutes,
    default: 15,
    perProperty: true,
  },
  {
    key: 'tickets.complaintDuplicateWindowHours',
    ruleIds: ['R-TKT-8'],
    description:
      'Complaints of one customer about one category filed within this many hours are one record, even when filed with several departments.',
    type: int(1, 24 * 30, 'hours'),
    default: 72,
    perProperty: true,
  },
  {
    key: 'tickets.helpEscalatedAnswerMinutes',
    ruleIds: ['R-TKT-9'],
    description:
      'Minutes within which a help request that staff could not answer at once is answered after escalation (求助).',
    type: minutes,
    default: 10,
    perProperty: true,
  },
  {
    key: 'tickets.patrolFloorVisitsPerWeek',
    ruleIds: ['R-TKT-10'],
    description: 'Times per week patrol rounds must cover every floor (巡楼).',
    type: int(1, 21, 'visits per week'),
    default: 2,
    perProperty: true,
  },
  {
    key: 'tickets.patrolFaultReportMinutes',
    ruleIds: ['R-TKT-10'],
    description: 'Minutes within which a facility fault found on patrol is reported to engineering.',
    type: minutes,
    default: 120,
    perProperty: true,
  },
  {
    key: 'tickets.patrolDoorReportMinutes',
    ruleIds: ['R-TKT-10'],
    description:
      'Minutes within which an open or broken plant-room door found on patrol is reported to engineering.',
    type: minutes,
    default: 60,
    perProperty: true,
  },
  {
    key: 'tickets.recheckHour',
    ruleIds: ['R-TKT-12'],
    description:
      'Local hour from which the previous day’s completed repairs are re-checked (一般下午); a re-check still pending at the end of that day is overdue.',
    type: int(0, 23, 'hour'),
    default: 14,
    perProperty: true,
  },
  {
    key: 'tickets.recheckShare',
    ruleIds: ['R-TKT-12'],
    description:
      'Share of the previous day’s completed repairs put on the re-check list, 1 meaning all of them.',
    type: rate,
    default: 1,
    perProperty: true,
  },
  {
    key: 'tickets.requestReplyRateMin',
    ruleIds: ['R-TKT-13'],
    description: 'Minimum share of the requests in the register that get a reply (回复率, 第2篇 4.10).',
    type: rate,
    default: 1,
    perProperty: false,
  },
  {
    key: 'tickets.recordingRetentionDays',
    ruleIds: ['R-TKT-14'],
    description: 'Days after the call a service-line recording is kept at least (录音保存不低于30天).',
    type: int(30, 3650, 'days'),
    default: 30,
    perProperty: true,
  },
  {
    key: 'tickets.repeatComplainerMin',
    ruleIds: ['R-TKT-15'],
    description:
      'Complaints a customer files in one month to be listed as a repeat complainer in the monthly complaint analysis.',
    type: int(2, 50, 'complaints'),
    default: 2,
    perProperty: false,
  },
  {
    key: 'tickets.vacantCleaningIntervalDays',
    ruleIds: ['R-TKT-16'],
    description:
      'Days between two cleanings of a vacant unit (空置物业每半月清洁一次); a vacant unit not cleaned for longer is overdue.',
    type: int(1, 90, 'days'),
    default: 15,
    perProperty: true,
  },
  {
    key: 'tickets.vacantCleaningBatchSize',
    ruleIds: ['R-TKT-16'],
    description:
      'Vacant units due for cleaning put into the next round (分期分批), overdue and longest-waiting first; 0 means all of them.',
    type: int(0, 1000, 'units'),
    default: 0,
    perProperty: true,
  },

  {
    key: 'visits.complaintWithinDays',
    ruleIds: ['R-VIS-2'],
    description: 'Days after a complaint is closed within which its follow-up visit is due.',
    type: int(1, 60, 'days'),
    default: 3,
    perProperty: false,
  },
  {
    key: 'visits.complaintSampleRate',
    ruleIds: ['R-VIS-2'],
    description: 'Minimum share of closed complaints that get a follow-up visit.',
    type: rate,
    default: 0.5,
    perProperty: false,
  },
  {
    // Calendar months, not 30 days, because the procedures say 一个月 and monthly statistics count by month.
    key: 'visits.repairWithinMonths',
    ruleIds: ['R-VIS-2'],
    description: 'Calendar months after a repair is completed within which its follow-up visit is due.',
    type: int(1, 12, 'months'),
    default: 1,
    perProperty: false,
  },
  {
    key: 'visits.repairSampleRate',
    ruleIds: ['R-VIS-2'],
    description: 'Minimum share of completed repairs that get a follow-up visit.',
    type: rate,
    default: 0.3,
    perProperty: false,
  },
  {
    key: 'visits.eventWithinMonths',
    ruleIds: ['R-VIS-2'],
    description: 'Calendar months after a community event within which its follow-up visits are due.',
    type: int(1, 12, 'months'),
    default: 1,
    perProperty: false,
  },
  {
    key: 'visits.eventSampleRate',
    ruleIds: ['R-VIS-2'],
    description: 'Minimum share of community-event participants who get a follow-up visit.',
    type: rate,
    default: 0.1,
    perProperty: false,
  },
  {
    key: 'visits.newCustomerWithinMonths',
    ruleIds: ['R-VIS-2'],
    description: 'Calendar months after move-in within which a new customer is visited.',
    type: int(1, 12, 'months'),
    default: 1,
    perProperty: false,
  },
  {
    key: 'visits.phoneAllowedAfterVisits',
    ruleIds: ['R-VIS-4'],
    description:
      'Visits on an open issue after which further visits may be made by phone, except for major complaints.',
    type: int(0, 10, 'visits'),
    default: 2,
    perProperty: false,
  },
  {
    key: 'visits.statisticsReportFrequency',
    ruleIds: ['R-VIS-5'],
    description: 'How often visit statistics are reported to leadership.',
    type: frequency,
    default: 'MONTHLY',
    perProperty: false,
  },
];
