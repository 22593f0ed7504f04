/**
 * The developer page's own words. One interface for both languages, so the compiler refuses a
 * text present in one and missing in the other (zh-CN first, en complete).
 */
export interface DevText {
  title: string;
  lead: string;
  langSwitch: string;
  toc: string;
  start: { title: string; steps: string[] };
  token: { title: string; intro: string; curl: string; js: string; claims: string };
  call: { title: string; intro: string };
  scopes: {
    title: string;
    intro: string;
    scope: string;
    gives: string;
    none: string;
    noneGives: string;
    missing: string;
  };
  persisted: { title: string; intro: string; register: string; run: string; errors: string };
  webhooks: { title: string; intro: string; headers: string; check: string; retries: string };
  limits: { title: string; intro: string; rows: [string, string][]; refusal: string };
  errors: { title: string; intro: string; code: string; meaning: string; http: string };
  errorMeaning: Record<string, string>;
  rules: { title: string; intro: string };
  reference: {
    title: string;
    intro: string;
    filter: string;
    kinds: Record<string, string>;
    args: string;
    values: string;
    fields: string;
    noMatch: string;
  };
}

const zhCN: DevText = {
  title: '开发者文档',
  lead: '对接应用（合作伙伴系统、公司自有系统）通过 GraphQL API 读取和处理物业公司的数据。本页说明如何开始、如何获取令牌、权限范围、事件推送签名校验、已登记操作、限流与错误码，并附完整的 Schema 参考。',
  langSwitch: 'English',
  toc: '目录',
  start: {
    title: '如何开始',
    steps: [
      '请物业公司的管理员（ADMIN）在控制台或通过 createPartnerClient 为您的应用创建对接客户端：名称、角色、可见项目与 OAuth 范围。',
      '妥善保存返回的 clientId 与 secret：secret 只显示这一次（轮换时同样只显示一次，旧 secret 在宽限期内仍可用）。',
      '用客户端凭证（client credentials）向 tokenUrl 换取访问令牌，令牌有效期 15 分钟，过期后重新获取。',
      '携带 Authorization: Bearer <令牌> 调用网关的 /graphql；金额一律以“分”为单位的整数（Fen），时间一律为 UTC 的 ISO-8601。',
    ],
  },
  token: {
    title: '获取访问令牌（客户端凭证）',
    intro:
      '令牌地址为 {KEYCLOAK_URL}/realms/pm-<公司代码>/protocol/openid-connect/token（即 createPartnerClient 返回的 tokenUrl）。',
    curl: 'curl 示例：',
    js: 'JavaScript（Node 20+ 或浏览器后端）示例：',
    claims:
      '令牌中的 scope 声明列出应用获授的 OAuth 范围；角色与项目范围同样来自令牌。吊销后，已签发的令牌在最多 30 秒内失效。',
  },
  call: {
    title: '调用 API',
    intro: '以 POST 方式向网关的 /graphql 发送 JSON：{ "query": "...", "variables": {...} }。',
  },
  scopes: {
    title: 'OAuth 范围',
    intro:
      '应用既需要角色允许，也需要所访问数据的范围：查询需 <领域>:read，变更需 <领域>:write。对接应用永远不能管理公司（inviteStaff、setPolicy、createPartnerClient 等）。',
    scope: '范围',
    gives: '允许',
    none: '（无需范围）',
    noneGives: '物业项目、房屋单元、me、policy',
    missing: '缺少范围时返回 FORBIDDEN，extensions.requiredScope 指明所需范围。',
  },
  persisted: {
    title: '已登记操作（持久化查询）',
    intro:
      '管理员可为应用登记它要运行的 GraphQL 文档；被标记为 persistedOnly 的应用只能按 ID 运行这些操作，其他任何请求都返回 PERSISTED_QUERY_NOT_ALLOWED。自动持久化查询（APQ）对所有人关闭。',
    register: '登记（返回每个文档的 SHA-256 十六进制值作为 ID）：',
    run: '按 ID 运行：',
    errors: '未知 ID、其他应用的 ID 或员工令牌发送的 ID 返回 PERSISTED_QUERY_NOT_FOUND。',
  },
  webhooks: {
    title: '事件推送（Webhook）与签名校验',
    intro:
      '持有 webhooks:manage 范围与 ADMIN 角色的应用可用 createWebhookSubscription 订阅事件；返回的 secret 只显示一次。每次推送为 POST，JSON 正文 { id, type, occurredAt, tenantId, data }，至少送达一次、不保证顺序——请按 id 去重。',
    headers:
      '请求头：X-PM-Event-Id（= id，重试与重放时不变）、X-PM-Event-Type、X-PM-Delivery-Id，以及 X-PM-Signature: t=<unix 秒>,v1=<HMAC-SHA256(secret, "<t>.<body>") 的十六进制>。',
    check: '用原始请求体（解析 JSON 之前）校验签名：',
    retries:
      '未在 10 秒内收到 2xx 的推送按指数退避重试：首次 30 秒后，间隔逐次翻倍、最长 6 小时，持续 24 小时，之后暂停（PARKED），可用 replayWebhookDeliveries 重放（见 docs/domain-rules.md 中的 R-WHK-2）。推送地址须为公网 http(s)，否则返回 URL_NOT_ALLOWED（R-WHK-3）。',
  },
  limits: {
    title: '限流与操作限制',
    intro: '配额按 60 秒窗口计算，所有网关副本共享：',
    rows: [
      ['每个对接应用', '3,000 次请求、1,000,000 成本 / 窗口'],
      ['每家公司（所有用户与应用合计）', '12,000 次请求、3,000,000 成本 / 窗口，同时最多 24 个进行中的操作'],
      [
        '单个操作',
        '深度 ≤ 12、成本 ≤ 20,000、别名 ≤ 30、词法单元 ≤ 2,000、指令 ≤ 20（超出返回 QUERY_TOO_COMPLEX）',
      ],
      ['打印文件', '每次请求最多 20 个文件'],
    ],
    refusal:
      '超出配额返回 HTTP 429、RATE_LIMITED，带 Retry-After 头与 extensions { quota, measured, max, windowS, retryAfterS }；请按 Retry-After 等待后重试。以上为默认值，部署可调整。',
  },
  errors: {
    title: '错误码',
    intro:
      '每个错误都带稳定的 extensions.code；请按代码处理，而不是按消息文本。内部错误被屏蔽，只返回可在日志中查找的引用号。',
    code: '代码',
    meaning: '含义',
    http: 'HTTP 状态',
  },
  errorMeaning: {
    UNAUTHENTICATED: '缺少令牌，或令牌无效、过期、已吊销。',
    FORBIDDEN: '角色或 OAuth 范围不允许该操作（缺少范围时见 extensions.requiredScope）。',
    NOT_FOUND: '对象不存在，或属于其他公司、其他项目。',
    VALIDATION_FAILED: '输入有误；extensions.details.problems 列出出错字段。',
    CONFLICT: '与当前状态冲突，例如重复提交、已关闭的对象。',
    ARREARS_BLOCK: '客户欠费，阻止该操作（例如签发放行条，R-BIL-9）。',
    RATE_LIMITED: '超出配额；按 Retry-After 等待。',
    QUERY_TOO_COMPLEX: '操作超出深度、成本、别名、词法单元或指令限制。',
    TIMEOUT: '依赖服务（Keycloak、子图、数据库）未及时响应；可稍后重试。',
    URL_NOT_ALLOWED: 'Webhook 地址不是 http(s)，或解析到回环、链路本地、私有或保留地址。',
    PERSISTED_QUERY_NOT_ALLOWED: '仅限已登记操作的应用发送了未登记的操作。',
    PERSISTED_QUERY_NOT_FOUND: '操作 ID 不是本应用登记的操作。',
    INTERNAL: '平台内部错误；消息中带引用号，可提供给平台运维查询日志。',
  },
  rules: {
    title: '业务规则',
    intro:
      '字段说明中的规则编号（如 R-TKT-2）指平台代码库中的规则文档 docs/domain-rules.md；以下为其全文条目（英文）。规则中的数值均为各公司可调整的政策值。',
  },
  reference: {
    title: 'Schema 参考',
    intro: '由网关的组合 Schema（gateway/supergraph.graphql）生成，中文说明来自按 Schema 坐标编写的译文表。',
    filter: '按类型或字段名筛选',
    kinds: {
      object: '对象类型',
      input: '输入类型',
      enum: '枚举',
      scalar: '标量',
      interface: '接口',
      union: '联合类型',
    },
    args: '参数',
    values: '取值',
    fields: '字段',
    noMatch: '没有匹配的类型或字段。',
  },
};

const en: DevText = {
  title: 'Developer documentation',
  lead: 'Partner apps (partners’ systems and a company’s own systems) read and work a property-management company’s data through the GraphQL API. This page explains how to start, how to get a token, the scopes, the webhook signature check, registered operations, rate limits and error codes, with the full schema reference.',
  langSwitch: '中文',
  toc: 'Contents',
  start: {
    title: 'How to start',
    steps: [
      'Ask the company’s administrator (ADMIN) to create a partner client for your app in the console or with createPartnerClient: name, roles, properties it may see and OAuth scopes.',
      'Keep the clientId and secret it answers: the secret is shown this once (a rotation shows the new one once, and the old one keeps working for a grace period).',
      'Exchange them for an access token with the client-credentials grant at tokenUrl; a token lives 15 minutes, then get a new one.',
      'Call the gateway’s /graphql with Authorization: Bearer <token>. Money is always integer fen (the Fen scalar, 1 yuan = 100 fen); times are always UTC ISO-8601.',
    ],
  },
  token: {
    title: 'Getting a token (client credentials)',
    intro:
      'The token endpoint is {KEYCLOAK_URL}/realms/pm-<company code>/protocol/openid-connect/token (the tokenUrl createPartnerClient answers).',
    curl: 'With curl:',
    js: 'In JavaScript (Node 20+ or a browser app’s backend):',
    claims:
      'The token’s scope claim lists the app’s OAuth scopes; its roles and property scope come from the token too. Once the app is revoked, tokens already issued stop working within 30 seconds.',
  },
  call: {
    title: 'Calling the API',
    intro: 'POST JSON to the gateway’s /graphql: { "query": "...", "variables": {...} }.',
  },
  scopes: {
    title: 'OAuth scopes',
    intro:
      'An app needs its roles to allow an operation and the scope of the data it touches: <domain>:read for queries, <domain>:write for mutations. A partner app never administers the company (inviteStaff, setPolicy, createPartnerClient, …).',
    scope: 'Scope',
    gives: 'Gives',
    none: '(no scope)',
    noneGives: 'properties, units, me, policy',
    missing: 'A missing scope answers FORBIDDEN with extensions.requiredScope naming it.',
  },
  persisted: {
    title: 'Registered (persisted) operations',
    intro:
      'An administrator may register the GraphQL documents an app runs; an app marked persistedOnly runs only those, by id, and anything else answers PERSISTED_QUERY_NOT_ALLOWED. Automatic persisted queries (APQ) are off for everyone.',
    register: 'Register (answers each document’s SHA-256 hex as its id):',
    run: 'Run one by id:',
    errors:
      'An unknown id, another app’s id or an id sent with a staff token answers PERSISTED_QUERY_NOT_FOUND.',
  },
  webhooks: {
    title: 'Webhooks and the signature check',
    intro:
      'An app with the webhooks:manage scope and the ADMIN role subscribes with createWebhookSubscription; the answer carries the secret, shown once. Each delivery is a POST with the JSON body { id, type, occurredAt, tenantId, data }, at least once and in no particular order — de-duplicate by id.',
    headers:
      'Headers: X-PM-Event-Id (= id, the same on every retry and replay), X-PM-Event-Type, X-PM-Delivery-Id, and X-PM-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>.',
    check: 'Check the signature over the raw body, before parsing the JSON:',
    retries:
      'A delivery without a 2xx within 10 s is retried with exponential back-off: first after 30 s, each wait twice the one before up to 6 h, for 24 h; then it is parked until replayWebhookDeliveries sends it again (see R-WHK-2 in docs/domain-rules.md). URLs must be public http(s), else URL_NOT_ALLOWED (R-WHK-3).',
  },
  limits: {
    title: 'Rate limits and operation limits',
    intro: 'Quotas are counted per 60-second window, shared by every gateway replica:',
    rows: [
      ['Each partner app', '3,000 requests and 1,000,000 cost per window'],
      [
        'Each company (all its users and apps)',
        '12,000 requests and 3,000,000 cost per window, at most 24 operations in flight',
      ],
      [
        'One operation',
        'depth ≤ 12, cost ≤ 20,000, aliases ≤ 30, tokens ≤ 2,000, directives ≤ 20 (past them QUERY_TOO_COMPLEX)',
      ],
      ['Printed documents', 'at most 20 per request'],
    ],
    refusal:
      'Past a quota the answer is HTTP 429, RATE_LIMITED, with a Retry-After header and extensions { quota, measured, max, windowS, retryAfterS }; wait that long before retrying. These are the defaults; a deployment may change them.',
  },
  errors: {
    title: 'Error codes',
    intro:
      'Every error carries a stable extensions.code; act on the code, not the message. Internal errors are masked and carry only a reference found in the logs.',
    code: 'Code',
    meaning: 'Meaning',
    http: 'HTTP status',
  },
  errorMeaning: {
    UNAUTHENTICATED: 'No token, or an invalid, expired or revoked one.',
    FORBIDDEN:
      'The roles or OAuth scopes do not allow it (a missing scope is named in extensions.requiredScope).',
    NOT_FOUND: 'No such object, or it belongs to another company or another site.',
    VALIDATION_FAILED: 'Bad input; extensions.details.problems lists the fields at fault.',
    CONFLICT: 'Conflicts with the current state, e.g. done twice or already closed.',
    ARREARS_BLOCK: 'The customer is in arrears, which blocks this (e.g. a release pass, R-BIL-9).',
    RATE_LIMITED: 'Past a quota; wait Retry-After seconds.',
    QUERY_TOO_COMPLEX: 'The operation is past the depth, cost, alias, token or directive limit.',
    TIMEOUT: 'A dependency (Keycloak, a subgraph, the database) did not answer in time; try again later.',
    URL_NOT_ALLOWED:
      'A webhook URL that is not http(s) or resolves to a loopback, link-local, private or reserved address.',
    PERSISTED_QUERY_NOT_ALLOWED: 'A persisted-only app sent an operation that is not registered.',
    PERSISTED_QUERY_NOT_FOUND: 'The operation id is not one this app registered.',
    INTERNAL: 'An error inside the platform; the message carries a reference the operators find in the logs.',
  },
  rules: {
    title: 'Business rules',
    intro:
      'Rule ids in the descriptions (such as R-TKT-2) refer to the platform repository’s rules document, docs/domain-rules.md; its entries follow. Every number in them is a policy value each company may change.',
  },
  reference: {
    title: 'Schema reference',
    intro:
      'Built from the gateway’s composed schema (gateway/supergraph.graphql); the Chinese text comes from a translation map keyed by schema coordinate.',
    filter: 'Filter by type or field name',
    kinds: {
      object: 'object type',
      input: 'input type',
      enum: 'enum',
      scalar: 'scalar',
      interface: 'interface',
      union: 'union',
    },
    args: 'arguments',
    values: 'values',
    fields: 'fields',
    noMatch: 'No type or field matches.',
  },
};

export const DEV_TEXT: Record<'zh-CN' | 'en', DevText> = { 'zh-CN': zhCN, en };
