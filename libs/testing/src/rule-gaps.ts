/**
 * What each partly built rule still lacks, from the rule-by-rule audit of issue 16, kept here so the
 * generated catalogue (docs/rules-catalogue.md) says it beside the rule. A rule leaves this list
 * when its missing part is built and a test citing its id proves it.
 */
export const RULE_GAPS: Readonly<Record<string, string>> = {
  'R-CUS-7':
    'No covenant/manual and card return checklist, no keep-or-destroy of the archive, no move-in of the new owner.',
  'R-CUS-8':
    'Bills go to the latest occupant, not the agreed fee payer; household changes and access cards not kept.',
  'R-CUS-9': 'No letter templates; the monthly fire-safety inspection cycle is not scheduled.',
  'R-ARC-4':
    'The monthly completeness check runs only on demand; transfer and destruction dispositions untested.',
  'R-BIL-1': 'No air-conditioning or renovation-management fee lines.',
  'R-BIL-2': 'Meter-reading day and notices before the 30th are not scheduled; bills are dated the run day.',
  'R-BIL-3': 'The collection window (1st–15th) is not used.',
  'R-BIL-8': 'A payment counts when it is entered, not on the bank receipt.',
  'R-BIL-10':
    'The inspection workflow and its deadlines are in customers (R-CUS-11, renovation.accepted); billing does not consume renovation.accepted yet, and formal acceptance is not held to billing.renovationAcceptanceWorkingDays working days.',
};
