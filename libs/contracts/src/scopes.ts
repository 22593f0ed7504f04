/**
 * OAuth scopes of partner apps (client-credentials tokens). Each is a Keycloak client scope of the
 * company's realm (tenancy creates them), granted per partner client as one of its default scopes,
 * so every token of the client carries them in its `scope` claim. Staff tokens are governed by
 * roles alone; a partner's token needs its roles AND the scope of what it touches
 * (libs/graphql `partnerAccess`).
 */
export const PartnerScope = {
  CUSTOMERS_READ: 'customers:read',
  CUSTOMERS_WRITE: 'customers:write',
  /** Personal fields (phone, ID number, birthday) unmasked, where the roles would unmask them too. */
  CUSTOMERS_PERSONAL_DATA: 'customers:personal-data',
  TICKETS_READ: 'tickets:read',
  TICKETS_WRITE: 'tickets:write',
  BILLING_READ: 'billing:read',
  BILLING_WRITE: 'billing:write',
  APPRAISAL_READ: 'appraisal:read',
  APPRAISAL_WRITE: 'appraisal:write',
  KPI_READ: 'kpi:read',
  /** Webhook subscriptions: create, list, disable, replay (the deliveries carry no personal data). */
  WEBHOOKS_MANAGE: 'webhooks:manage',
} as const;

export type PartnerScope = (typeof PartnerScope)[keyof typeof PartnerScope];

export interface PartnerScopeInfo {
  name: PartnerScope;
  zh: string;
  en: string;
}

/** The catalog, in the order the API lists it; descriptions go into the Keycloak client scopes. */
export const PARTNER_SCOPES: readonly PartnerScopeInfo[] = [
  {
    name: PartnerScope.CUSTOMERS_READ,
    zh: '读取客户、入住与档案（个人信息脱敏）',
    en: 'Read customers, occupancy and archives (personal data masked)',
  },
  {
    name: PartnerScope.CUSTOMERS_WRITE,
    zh: '登记与变更客户、入住、迁出',
    en: 'Register and change customers, move-ins and move-outs',
  },
  {
    name: PartnerScope.CUSTOMERS_PERSONAL_DATA,
    zh: '查看未脱敏的个人信息（需角色同样允许）',
    en: 'See personal data unmasked (where the roles allow it too)',
  },
  {
    name: PartnerScope.TICKETS_READ,
    zh: '读取报修、投诉、求助、巡查与回访',
    en: 'Read repairs, complaints, help requests, patrols and visits',
  },
  { name: PartnerScope.TICKETS_WRITE, zh: '登记与处理工单', en: 'Log and handle tickets' },
  { name: PartnerScope.BILLING_READ, zh: '读取账单、收款与欠费', en: 'Read bills, payments and arrears' },
  {
    name: PartnerScope.BILLING_WRITE,
    zh: '出账、收款与调整',
    en: 'Run bills, record payments and adjustments',
  },
  { name: PartnerScope.APPRAISAL_READ, zh: '读取考评结果', en: 'Read appraisal results' },
  { name: PartnerScope.APPRAISAL_WRITE, zh: '录入考评与申诉', en: 'Record checks and appeals' },
  { name: PartnerScope.KPI_READ, zh: '读取各项 KPI 与趋势', en: 'Read KPIs and their trends' },
  {
    name: PartnerScope.WEBHOOKS_MANAGE,
    zh: '管理事件推送（Webhook）订阅与投递',
    en: 'Manage webhook subscriptions and their deliveries',
  },
];

export const PARTNER_SCOPE_NAMES: readonly string[] = PARTNER_SCOPES.map((s) => s.name);

export const isPartnerScope = (s: string): s is PartnerScope => PARTNER_SCOPE_NAMES.includes(s);

/** The domains whose data partner scopes cover; `<domain>:read` / `<domain>:write`. */
export type ScopedDomain = 'customers' | 'tickets' | 'billing' | 'appraisal';
