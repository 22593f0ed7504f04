/**
 * The platform's own GraphQL operation names (the staff console's, web/console/src/gql): each
 * gets a label of its own on the request metrics; any other name a client sends counts as
 * `other`, so client input cannot grow the metric series. A unit test of the gateway
 * (console-operations.test.ts) fails when the console has an operation missing here.
 */
export const KNOWN_OPERATIONS: readonly string[] = [
  'AdminCreateProperty',
  'AdminCreateUnit',
  'AdminInviteStaff',
  'AdminPolicy',
  'AdminPolicyHistory',
  'AdminProperties',
  'AdminSetPolicy',
  'ArriveTicket',
  'BillingRunProgress',
  'CompanyBillingTrend',
  'CompanyCustomerTrend',
  'CompanyServiceTrend',
  'CompleteTicket',
  'Dashboard',
  'FinanceBills',
  'FindCustomers',
  'FindTicket',
  'PriceList',
  'PropertyDrill',
  'PropertyTrend',
  'RecordPayment',
  'RepairQueue',
  'ReportRepair',
  'RunBilling',
  'SiteUnits',
];
