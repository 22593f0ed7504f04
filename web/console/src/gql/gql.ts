/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminProperties {\n    properties(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          address\n          timeZone\n          units(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminPropertiesDocument,
    "\n  mutation AdminCreateProperty($input: CreatePropertyInput!) {\n    createProperty(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreatePropertyDocument,
    "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateUnitDocument,
    "\n  mutation AdminInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminInviteStaffDocument,
    "\n  query AdminPolicy($propertyId: ID) {\n    policy(propertyId: $propertyId) {\n      asOf\n      values {\n        key\n        value\n        defaultValue\n        source\n        effectiveFrom\n        ruleIds\n        description\n        perProperty\n      }\n    }\n  }\n": typeof types.AdminPolicyDocument,
    "\n  mutation AdminSetPolicy($input: SetPolicyInput!) {\n    setPolicy(input: $input) {\n      asOf\n    }\n  }\n": typeof types.AdminSetPolicyDocument,
    "\n  query AdminPolicyHistory($key: String!, $propertyId: ID) {\n    policyHistory(key: $key, propertyId: $propertyId) {\n      value\n      effectiveFrom\n      setBy\n      setAt\n    }\n  }\n": typeof types.AdminPolicyHistoryDocument,
    "\n  query Dashboard($period: String!) {\n    policy {\n      values {\n        key\n        value\n      }\n    }\n    properties(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...PropertyKpis\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) {\n      id\n      status\n      billsCreated\n      unitsTotal\n      unitsDone\n      error\n    }\n  }\n": typeof types.RunBillingDocument,
    "\n  query BillingRunProgress($id: ID!) {\n    billingRun(id: $id) {\n      id\n      status\n      billsCreated\n      unitsTotal\n      unitsDone\n      error\n    }\n  }\n": typeof types.BillingRunProgressDocument,
    "\n  query FinanceBills($propertyId: ID!, $period: String!) {\n    bills(first: 100, filter: { propertyId: $propertyId, period: $period }) {\n      totalCount\n      edges {\n        node {\n          id\n          unitId\n          status\n          totalFen\n          paidFen\n          dueDate\n        }\n      }\n    }\n  }\n": typeof types.FinanceBillsDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      receiptNumber\n      amountFen\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  query FindCustomers($name: String!) {\n    customers(first: 20, filter: { name: $name }) {\n      edges {\n        node {\n          id\n          name\n          phone\n          occupancies {\n            id\n            unitId\n          }\n        }\n      }\n    }\n  }\n": typeof types.FindCustomersDocument,
    "\n  query FindTicket($id: ID!) {\n    ticket(id: $id) {\n      id\n      kind\n      status\n      description\n      createdAt\n      unitId\n      slaDeadlines {\n        id\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n": typeof types.FindTicketDocument,
    "\n  query PriceList($propertyId: ID!) {\n    priceList(propertyId: $propertyId) {\n      code\n      name\n      priceFen\n    }\n  }\n": typeof types.PriceListDocument,
    "\n  mutation ReportRepair($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      status\n      createdAt\n      slaDeadlines {\n        id\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n": typeof types.ReportRepairDocument,
    "\n  query PropertyDrill($id: ID!, $period: String!) {\n    policy(propertyId: $id) {\n      values {\n        key\n        value\n      }\n    }\n    property(id: $id) {\n      ...PropertyKpis\n      billingKpis(period: $period) {\n        arrearsByStage {\n          stage\n          customers\n          overdueFen\n        }\n      }\n    }\n    tickets(first: 20, filter: { propertyId: $id }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          description\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PropertyDrillDocument,
    "\n  fragment QueueTicket on Ticket {\n    id\n    status\n    description\n    priority\n    priceItemCode\n    propertyId\n    unitId\n    publicArea\n    calledAt\n    slaDeadlines {\n      id\n      kind\n      dueAt\n      state\n    }\n  }\n": typeof types.QueueTicketFragmentDoc,
    "\n  query RepairQueue {\n    open: tickets(first: 50, filter: { kind: REPAIR, status: OPEN }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n    dispatched: tickets(first: 50, filter: { kind: REPAIR, status: DISPATCHED }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n    onSite: tickets(first: 50, filter: { kind: REPAIR, status: ON_SITE }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n  }\n": typeof types.RepairQueueDocument,
    "\n  mutation ArriveTicket($id: ID!) {\n    arriveTicket(id: $id) {\n      ...QueueTicket\n    }\n  }\n": typeof types.ArriveTicketDocument,
    "\n  mutation CompleteTicket($id: ID!, $input: CompleteTicketInput!) {\n    completeTicket(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteTicketDocument,
    "\n  fragment PropertyKpis on Property {\n    id\n    name\n    kind\n    timeZone\n    serviceKpis(period: $period) {\n      tickets\n      resolved\n      resolutionRate\n      responseWithin24hRate\n      timelyRate\n      followUpHandlingRate\n      satisfactionMean\n    }\n    billingKpis(period: $period) {\n      billedFen\n      collectedFen\n      collectionRate\n      target\n      arrearsFen\n    }\n    customerKpis(period: $period) {\n      customers\n      churnRate\n      dataErrorRate\n      visitPlanCoverage\n    }\n    staffKpis(period: $period) {\n      meanScore\n      checksMissed\n    }\n  }\n": typeof types.PropertyKpisFragmentDoc,
    "\n  query SiteUnits {\n    properties(first: 10) {\n      edges {\n        node {\n          id\n          name\n          timeZone\n          units(first: 200) {\n            edges {\n              node {\n                id\n                building\n                number\n                kind\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SiteUnitsDocument,
};
const documents: Documents = {
    "\n  query AdminProperties {\n    properties(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          address\n          timeZone\n          units(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.AdminPropertiesDocument,
    "\n  mutation AdminCreateProperty($input: CreatePropertyInput!) {\n    createProperty(input: $input) {\n      id\n    }\n  }\n": types.AdminCreatePropertyDocument,
    "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateUnitDocument,
    "\n  mutation AdminInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n    }\n  }\n": types.AdminInviteStaffDocument,
    "\n  query AdminPolicy($propertyId: ID) {\n    policy(propertyId: $propertyId) {\n      asOf\n      values {\n        key\n        value\n        defaultValue\n        source\n        effectiveFrom\n        ruleIds\n        description\n        perProperty\n      }\n    }\n  }\n": types.AdminPolicyDocument,
    "\n  mutation AdminSetPolicy($input: SetPolicyInput!) {\n    setPolicy(input: $input) {\n      asOf\n    }\n  }\n": types.AdminSetPolicyDocument,
    "\n  query AdminPolicyHistory($key: String!, $propertyId: ID) {\n    policyHistory(key: $key, propertyId: $propertyId) {\n      value\n      effectiveFrom\n      setBy\n      setAt\n    }\n  }\n": types.AdminPolicyHistoryDocument,
    "\n  query Dashboard($period: String!) {\n    policy {\n      values {\n        key\n        value\n      }\n    }\n    properties(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...PropertyKpis\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) {\n      id\n      status\n      billsCreated\n      unitsTotal\n      unitsDone\n      error\n    }\n  }\n": types.RunBillingDocument,
    "\n  query BillingRunProgress($id: ID!) {\n    billingRun(id: $id) {\n      id\n      status\n      billsCreated\n      unitsTotal\n      unitsDone\n      error\n    }\n  }\n": types.BillingRunProgressDocument,
    "\n  query FinanceBills($propertyId: ID!, $period: String!) {\n    bills(first: 100, filter: { propertyId: $propertyId, period: $period }) {\n      totalCount\n      edges {\n        node {\n          id\n          unitId\n          status\n          totalFen\n          paidFen\n          dueDate\n        }\n      }\n    }\n  }\n": types.FinanceBillsDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      receiptNumber\n      amountFen\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  query FindCustomers($name: String!) {\n    customers(first: 20, filter: { name: $name }) {\n      edges {\n        node {\n          id\n          name\n          phone\n          occupancies {\n            id\n            unitId\n          }\n        }\n      }\n    }\n  }\n": types.FindCustomersDocument,
    "\n  query FindTicket($id: ID!) {\n    ticket(id: $id) {\n      id\n      kind\n      status\n      description\n      createdAt\n      unitId\n      slaDeadlines {\n        id\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n": types.FindTicketDocument,
    "\n  query PriceList($propertyId: ID!) {\n    priceList(propertyId: $propertyId) {\n      code\n      name\n      priceFen\n    }\n  }\n": types.PriceListDocument,
    "\n  mutation ReportRepair($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      status\n      createdAt\n      slaDeadlines {\n        id\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n": types.ReportRepairDocument,
    "\n  query PropertyDrill($id: ID!, $period: String!) {\n    policy(propertyId: $id) {\n      values {\n        key\n        value\n      }\n    }\n    property(id: $id) {\n      ...PropertyKpis\n      billingKpis(period: $period) {\n        arrearsByStage {\n          stage\n          customers\n          overdueFen\n        }\n      }\n    }\n    tickets(first: 20, filter: { propertyId: $id }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          description\n          createdAt\n        }\n      }\n    }\n  }\n": types.PropertyDrillDocument,
    "\n  fragment QueueTicket on Ticket {\n    id\n    status\n    description\n    priority\n    priceItemCode\n    propertyId\n    unitId\n    publicArea\n    calledAt\n    slaDeadlines {\n      id\n      kind\n      dueAt\n      state\n    }\n  }\n": types.QueueTicketFragmentDoc,
    "\n  query RepairQueue {\n    open: tickets(first: 50, filter: { kind: REPAIR, status: OPEN }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n    dispatched: tickets(first: 50, filter: { kind: REPAIR, status: DISPATCHED }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n    onSite: tickets(first: 50, filter: { kind: REPAIR, status: ON_SITE }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n  }\n": types.RepairQueueDocument,
    "\n  mutation ArriveTicket($id: ID!) {\n    arriveTicket(id: $id) {\n      ...QueueTicket\n    }\n  }\n": types.ArriveTicketDocument,
    "\n  mutation CompleteTicket($id: ID!, $input: CompleteTicketInput!) {\n    completeTicket(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.CompleteTicketDocument,
    "\n  fragment PropertyKpis on Property {\n    id\n    name\n    kind\n    timeZone\n    serviceKpis(period: $period) {\n      tickets\n      resolved\n      resolutionRate\n      responseWithin24hRate\n      timelyRate\n      followUpHandlingRate\n      satisfactionMean\n    }\n    billingKpis(period: $period) {\n      billedFen\n      collectedFen\n      collectionRate\n      target\n      arrearsFen\n    }\n    customerKpis(period: $period) {\n      customers\n      churnRate\n      dataErrorRate\n      visitPlanCoverage\n    }\n    staffKpis(period: $period) {\n      meanScore\n      checksMissed\n    }\n  }\n": types.PropertyKpisFragmentDoc,
    "\n  query SiteUnits {\n    properties(first: 10) {\n      edges {\n        node {\n          id\n          name\n          timeZone\n          units(first: 200) {\n            edges {\n              node {\n                id\n                building\n                number\n                kind\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SiteUnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProperties {\n    properties(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          address\n          timeZone\n          units(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminProperties {\n    properties(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          address\n          timeZone\n          units(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateProperty($input: CreatePropertyInput!) {\n    createProperty(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateProperty($input: CreatePropertyInput!) {\n    createProperty(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPolicy($propertyId: ID) {\n    policy(propertyId: $propertyId) {\n      asOf\n      values {\n        key\n        value\n        defaultValue\n        source\n        effectiveFrom\n        ruleIds\n        description\n        perProperty\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPolicy($propertyId: ID) {\n    policy(propertyId: $propertyId) {\n      asOf\n      values {\n        key\n        value\n        defaultValue\n        source\n        effectiveFrom\n        ruleIds\n        description\n        perProperty\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetPolicy($input: SetPolicyInput!) {\n    setPolicy(input: $input) {\n      asOf\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetPolicy($input: SetPolicyInput!) {\n    setPolicy(input: $input) {\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPolicyHistory($key: String!, $propertyId: ID) {\n    policyHistory(key: $key, propertyId: $propertyId) {\n      value\n      effectiveFrom\n      setBy\n      setAt\n    }\n  }\n"): (typeof documents)["\n  query AdminPolicyHistory($key: String!, $propertyId: ID) {\n    policyHistory(key: $key, propertyId: $propertyId) {\n      value\n      effectiveFrom\n      setBy\n      setAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($period: String!) {\n    policy {\n      values {\n        key\n        value\n      }\n    }\n    properties(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...PropertyKpis\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($period: String!) {\n    policy {\n      values {\n        key\n        value\n      }\n    }\n    properties(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...PropertyKpis\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) {\n      id\n      status\n      billsCreated\n      unitsTotal\n      unitsDone\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) {\n      id\n      status\n      billsCreated\n      unitsTotal\n      unitsDone\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRunProgress($id: ID!) {\n    billingRun(id: $id) {\n      id\n      status\n      billsCreated\n      unitsTotal\n      unitsDone\n      error\n    }\n  }\n"): (typeof documents)["\n  query BillingRunProgress($id: ID!) {\n    billingRun(id: $id) {\n      id\n      status\n      billsCreated\n      unitsTotal\n      unitsDone\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceBills($propertyId: ID!, $period: String!) {\n    bills(first: 100, filter: { propertyId: $propertyId, period: $period }) {\n      totalCount\n      edges {\n        node {\n          id\n          unitId\n          status\n          totalFen\n          paidFen\n          dueDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinanceBills($propertyId: ID!, $period: String!) {\n    bills(first: 100, filter: { propertyId: $propertyId, period: $period }) {\n      totalCount\n      edges {\n        node {\n          id\n          unitId\n          status\n          totalFen\n          paidFen\n          dueDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      receiptNumber\n      amountFen\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      receiptNumber\n      amountFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindCustomers($name: String!) {\n    customers(first: 20, filter: { name: $name }) {\n      edges {\n        node {\n          id\n          name\n          phone\n          occupancies {\n            id\n            unitId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindCustomers($name: String!) {\n    customers(first: 20, filter: { name: $name }) {\n      edges {\n        node {\n          id\n          name\n          phone\n          occupancies {\n            id\n            unitId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindTicket($id: ID!) {\n    ticket(id: $id) {\n      id\n      kind\n      status\n      description\n      createdAt\n      unitId\n      slaDeadlines {\n        id\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindTicket($id: ID!) {\n    ticket(id: $id) {\n      id\n      kind\n      status\n      description\n      createdAt\n      unitId\n      slaDeadlines {\n        id\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceList($propertyId: ID!) {\n    priceList(propertyId: $propertyId) {\n      code\n      name\n      priceFen\n    }\n  }\n"): (typeof documents)["\n  query PriceList($propertyId: ID!) {\n    priceList(propertyId: $propertyId) {\n      code\n      name\n      priceFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRepair($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      status\n      createdAt\n      slaDeadlines {\n        id\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportRepair($input: ReportRepairInput!) {\n    reportRepair(input: $input) {\n      id\n      status\n      createdAt\n      slaDeadlines {\n        id\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyDrill($id: ID!, $period: String!) {\n    policy(propertyId: $id) {\n      values {\n        key\n        value\n      }\n    }\n    property(id: $id) {\n      ...PropertyKpis\n      billingKpis(period: $period) {\n        arrearsByStage {\n          stage\n          customers\n          overdueFen\n        }\n      }\n    }\n    tickets(first: 20, filter: { propertyId: $id }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          description\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PropertyDrill($id: ID!, $period: String!) {\n    policy(propertyId: $id) {\n      values {\n        key\n        value\n      }\n    }\n    property(id: $id) {\n      ...PropertyKpis\n      billingKpis(period: $period) {\n        arrearsByStage {\n          stage\n          customers\n          overdueFen\n        }\n      }\n    }\n    tickets(first: 20, filter: { propertyId: $id }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          description\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueTicket on Ticket {\n    id\n    status\n    description\n    priority\n    priceItemCode\n    propertyId\n    unitId\n    publicArea\n    calledAt\n    slaDeadlines {\n      id\n      kind\n      dueAt\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment QueueTicket on Ticket {\n    id\n    status\n    description\n    priority\n    priceItemCode\n    propertyId\n    unitId\n    publicArea\n    calledAt\n    slaDeadlines {\n      id\n      kind\n      dueAt\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepairQueue {\n    open: tickets(first: 50, filter: { kind: REPAIR, status: OPEN }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n    dispatched: tickets(first: 50, filter: { kind: REPAIR, status: DISPATCHED }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n    onSite: tickets(first: 50, filter: { kind: REPAIR, status: ON_SITE }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RepairQueue {\n    open: tickets(first: 50, filter: { kind: REPAIR, status: OPEN }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n    dispatched: tickets(first: 50, filter: { kind: REPAIR, status: DISPATCHED }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n    onSite: tickets(first: 50, filter: { kind: REPAIR, status: ON_SITE }) {\n      edges {\n        node {\n          ...QueueTicket\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArriveTicket($id: ID!) {\n    arriveTicket(id: $id) {\n      ...QueueTicket\n    }\n  }\n"): (typeof documents)["\n  mutation ArriveTicket($id: ID!) {\n    arriveTicket(id: $id) {\n      ...QueueTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTicket($id: ID!, $input: CompleteTicketInput!) {\n    completeTicket(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTicket($id: ID!, $input: CompleteTicketInput!) {\n    completeTicket(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PropertyKpis on Property {\n    id\n    name\n    kind\n    timeZone\n    serviceKpis(period: $period) {\n      tickets\n      resolved\n      resolutionRate\n      responseWithin24hRate\n      timelyRate\n      followUpHandlingRate\n      satisfactionMean\n    }\n    billingKpis(period: $period) {\n      billedFen\n      collectedFen\n      collectionRate\n      target\n      arrearsFen\n    }\n    customerKpis(period: $period) {\n      customers\n      churnRate\n      dataErrorRate\n      visitPlanCoverage\n    }\n    staffKpis(period: $period) {\n      meanScore\n      checksMissed\n    }\n  }\n"): (typeof documents)["\n  fragment PropertyKpis on Property {\n    id\n    name\n    kind\n    timeZone\n    serviceKpis(period: $period) {\n      tickets\n      resolved\n      resolutionRate\n      responseWithin24hRate\n      timelyRate\n      followUpHandlingRate\n      satisfactionMean\n    }\n    billingKpis(period: $period) {\n      billedFen\n      collectedFen\n      collectionRate\n      target\n      arrearsFen\n    }\n    customerKpis(period: $period) {\n      customers\n      churnRate\n      dataErrorRate\n      visitPlanCoverage\n    }\n    staffKpis(period: $period) {\n      meanScore\n      checksMissed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteUnits {\n    properties(first: 10) {\n      edges {\n        node {\n          id\n          name\n          timeZone\n          units(first: 200) {\n            edges {\n              node {\n                id\n                building\n                number\n                kind\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteUnits {\n    properties(first: 10) {\n      edges {\n        node {\n          id\n          name\n          timeZone\n          units(first: 200) {\n            edges {\n              node {\n                id\n                building\n                number\n                kind\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;