// Demo data for the demo company, made through the public GraphQL API only (issue 11, "Demo data"):
// three properties (residential, commercial, mixed) with 333 units, customers registered and moved
// in, six months of bill runs with payments (some customers left in arrears at every ageing stage),
// this month's tickets with follow-up visits, and appraisal checks. Deterministic (no randomness:
// every name, number, amount and date is derived from an index and the business date) and
// idempotent: what exists is found by name / building + number / description / idempotency key and
// skipped, so a second run adds nothing.
//
// What the API does not allow, and so this does not pretend to:
// - tickets, bill runs and move-ins are stamped with the server's "now" (Ticket.createdAt,
//   Bill.issuedOn, BillingRun.startedAt): history cannot be backdated through the API, so tickets are
//   this month's only and every bill of the six periods carries today's issue date (its period and due
//   date are right). Payments (paidAt), move-in dates and appraisal check dates may lie in the past,
//   and do.
// - staff property scope cannot be changed after inviteStaff: the seed's site staff stay on the first
//   property; the other two get staff of their own.
// - no meter readings besides the handover ones: bills carry the management fee (and repair charges).

const DAY = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000; // Asia/Shanghai has had no daylight saving time since 1991

/** Business date (YYYY-MM-DD) in Asia/Shanghai of an instant. */
const shanghaiDate = (t) => new Date(t.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
/** The instant of a Shanghai local date and time. */
const shanghaiInstant = (date, hh = 10, mm = 0) =>
  new Date(
    Date.parse(`${date}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00Z`) - SHANGHAI_MS,
  );
const addPeriod = (period, n) => {
  const [y, m] = period.split('-').map(Number);
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
};
const dayOf = (period, d) => `${period}-${String(d).padStart(2, '0')}`;

/** A stable small hash of a string (FNV-1a), for deterministic choices. */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// ---------------------------------------------------------------- the data set

/** How long a step waits for another service's projection to catch up (seen: 25 s quiet, > 45 s loaded). */
const PROJECTION_WAIT_MS = 150_000;
export const PROPERTIES = [
  {
    key: 'p1',
    name: 'Sunshine Garden 阳光花园', // the seed's residential property (seed.mjs DEMO.property)
    kind: 'RESIDENTIAL',
    address: '1 Sunshine Road, Shenzhen',
    fees: { managementFenPerSqm: 280, waterFenPerUnit: 490, electricityFenPerUnit: 68, gasFenPerUnit: 350 },
    units: () => [
      ...grid(['1', '2', '3', '4'], 15, 2, (b, f, n) => ({
        building: b,
        number: `${f}${String(n).padStart(2, '0')}`,
        areaSqm: n === 1 ? 128.6 - (f % 3) * 0.4 : 89.4 + (Number(b) % 2) * 3.2,
        kind: 'APARTMENT',
      })),
    ],
  },
  {
    key: 'p2',
    name: 'Xinghe Plaza 星河购物广场',
    kind: 'MALL',
    address: '88 Shennan Avenue, Futian, Shenzhen',
    fees: { managementFenPerSqm: 1200, waterFenPerUnit: 520, electricityFenPerUnit: 95, gasFenPerUnit: 380 },
    units: () =>
      grid(['A', 'B'], 4, 12, (b, f, n) => ({
        building: b,
        number: `${f}${String(n).padStart(2, '0')}`,
        areaSqm: [42.5, 68, 120.8, 35.2, 86.4, 210][(f * 12 + n) % 6] + (b === 'B' ? 5 : 0),
        kind: 'SHOP',
      })),
  },
  {
    key: 'p3',
    name: 'Jinxiu Court 锦绣华庭',
    kind: 'MIXED',
    address: '16 Keyuan Road, Nanshan, Shenzhen',
    fees: { managementFenPerSqm: 350, waterFenPerUnit: 490, electricityFenPerUnit: 68, gasFenPerUnit: 350 },
    units: () => [
      ...grid(['1', '2', '3'], 16, 2, (b, f, n) => ({
        building: b,
        number: `${f}${String(n).padStart(2, '0')}`,
        areaSqm: n === 1 ? 143.2 : 97.6 - (Number(b) - 1) * 1.5,
        kind: 'APARTMENT',
      })),
      ...Array.from({ length: 16 }, (_, i) => ({
        building: '裙楼',
        number: `S${101 + i}`,
        areaSqm: [56.3, 78.9, 102.4, 45.1][i % 4],
        kind: 'SHOP',
      })),
    ],
  },
];

function grid(buildings, floors, perFloor, make) {
  const out = [];
  for (const b of buildings)
    for (let f = 1; f <= floors; f++) for (let n = 1; n <= perFloor; n++) out.push(make(b, f, n));
  return out;
}

/** How Chinese staff say a unit: building 3, unit 1203 → "3栋1203"; mall blocks are 座. */
export const unitLabel = (u, kind) =>
  kind === 'MALL'
    ? `${u.building}座${u.number}`
    : /^\d+$/.test(u.building)
      ? `${u.building}栋${u.number}`
      : `${u.building}${u.number}`;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '文',
  '华',
  '建国',
  '红梅',
  '志强',
  '海燕',
  '晓东',
  '玉兰',
  '子涵',
  '浩然',
  '雨萱',
  '宇轩',
  '欣怡',
  '俊杰',
  '思远',
  '梓萱',
];
const SHOP_TRADES = [
  ['餐饮', '川味小馆'],
  ['零售', '优品便利店'],
  ['教育', '启航教育'],
  ['美容', '丽人美容'],
  ['餐饮', '茶语奶茶'],
  ['零售', '悦动体育'],
  ['医疗', '康宁药房'],
  ['服务', '洁净洗衣'],
];
// Districts of Guangdong (GB/T 2260): 440304 Futian, 440305 Nanshan, 440306 Bao'an, 440106 Tianhe, 440604 Chancheng
const REGIONS = ['440304', '440305', '440306', '440106', '440604', '430102', '360102', '510104'];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643-1999 check character of the first 17 digits. */
export function idCheckChar(first17) {
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(first17[i]), 0);
  return '10X98765432'[sum % 11];
}

/** The customer living in unit number `n` (0-based, company-wide): name, phone, ID number, birthday. */
export function demoPerson(n) {
  const surname = SURNAMES[n % SURNAMES.length];
  const given = GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length];
  const year = 1958 + ((n * 7) % 42);
  const month = 1 + ((n * 5) % 12);
  const day = 1 + ((n * 11) % 28);
  const birthday = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const seq = String(100 + ((n * 37) % 900)).padStart(3, '0');
  const first17 = `${REGIONS[n % REGIONS.length]}${birthday.replaceAll('-', '')}${seq}`;
  const prefixes = ['138', '139', '135', '136', '137', '150', '151', '158', '159', '186', '188', '189'];
  const phone = `${prefixes[n % prefixes.length]}${String(10_000_000 + ((n * 7_919_117) % 90_000_000)).padStart(8, '0')}`;
  return { name: `${surname}${given}`, phone, idNumber: first17 + idCheckChar(first17), birthday };
}

/**
 * Payment behaviour of the customer of a unit over the six billed periods (index 0 = oldest):
 * `paidUntil` periods are paid (the rest left unpaid), `skip` one bill left unpaid (disputed),
 * `every` how many bills one bank payment covers (1 monthly, 3 quarterly, 6 half-yearly: most
 * households pay twice a year — and few payments keep the run fast), `late` days after the due date.
 * Six customers in 40 stop paying at some point, so every ageing stage of R-BIL-7 has someone.
 */
export function payerProfile(n) {
  const r = n % 40;
  if (r <= 4) return { paidUntil: [0, 2, 3, 4, 5][r], every: 6, late: 0 }; // LEGAL … OVERDUE
  if (r === 5) return { paidUntil: 6, skip: 1, every: 1, late: 0 }; // one old bill disputed
  if (r === 6 || r === 7) return { paidUntil: 6, every: 3, late: 3 + (n % 17) }; // pays, days late
  if (r === 8 || r === 9) return { paidUntil: 6, every: 1, late: 0 };
  if (r <= 15) return { paidUntil: 6, every: 3, late: 0 };
  return { paidUntil: 6, every: 6, late: 0 };
}

const REPAIRS = [
  ['厨房水龙头漏水，需更换', 'TAP_REPLACE'],
  ['卫生间下水道堵塞', 'DRAIN_UNBLOCK'],
  ['客厅插座没电', 'SOCKET_REPLACE'],
  ['阳台灯不亮', 'LIGHT_REPLACE'],
  ['入户门锁芯损坏', 'LOCK_REPLACE'],
  ['马桶水箱一直流水', 'TOILET_REPAIR'],
];
const COMPLAINTS = [
  ['NOISE', '楼上晚上十一点后装修噪音'],
  ['ENVIRONMENT', '楼道垃圾未及时清运'],
  ['FACILITY', '电梯经常停在一楼不动'],
  ['SERVICE', '快递柜满了前台不代收'],
  ['SAFETY', '地下车库出口照明不足'],
];
const HELPS = [
  ['ENQUIRY', '咨询本月物业费缴纳方式'],
  ['OTHER', '钥匙反锁在门内，请求协助联系开锁'],
  ['MEDICAL_EMERGENCY', '老人在家中摔倒，请求协助送医'],
];

// ---------------------------------------------------------------- transport

class ApiError extends Error {
  constructor(what, errors) {
    super(`${what}: ${errors.map((e) => `${e.extensions?.code ?? '?'} ${e.message}`).join('; ')}`);
    this.errors = errors;
    this.code = errors[0]?.extensions?.code;
  }
}

function client(gatewayUrl, log) {
  let requests = 0;
  /** One GraphQL request; RATE_LIMITED (HTTP 429) waits its Retry-After and tries again. */
  async function raw(query, variables, token) {
    for (let attempt = 0; ; attempt++) {
      requests++;
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] }));
      const limited = res.status === 429 || body.errors?.some((e) => e.extensions?.code === 'RATE_LIMITED');
      if (limited && attempt < 20) {
        const s = Number(res.headers.get('retry-after') ?? body.errors?.[0]?.extensions?.retryAfterS ?? 1);
        log(`rate limited, waiting ${s} s`);
        await new Promise((r) => setTimeout(r, Math.max(1, s) * 1000));
        continue;
      }
      return body;
    }
  }
  async function ok(what, query, variables, token) {
    const r = await raw(query, variables, token);
    if (r.errors?.length) throw new ApiError(what, r.errors);
    return r.data;
  }
  /**
   * Retries while a projection catches up (a subgraph learns of new properties, units and staff
   * from events): NOT_FOUND / VALIDATION_FAILED for up to `ms` (generous: on a machine busy with
   * other work the consumers lag by a minute or more).
   */
  async function eventually(what, fn, ms = PROJECTION_WAIT_MS) {
    const end = Date.now() + ms;
    for (let delay = 100; ; delay = Math.min(delay * 2, 1000)) {
      try {
        return await fn();
      } catch (e) {
        if (
          !(e instanceof ApiError) ||
          !['NOT_FOUND', 'VALIDATION_FAILED'].includes(e.code) ||
          Date.now() > end
        )
          throw e;
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
  return { raw, ok, eventually, log, requests: () => requests };
}

/** Runs `fn` over `items`, at most `n` at a time. */
async function pool(items, n, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

const chunks = (xs, n) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/**
 * Requests of up to 20 aliased calls of the same mutation (the gateway allows 30 aliases and
 * 2,000 tokens), `concurrency` requests at a time. The calls of a request run one after the
 * other and stop at the first that fails (its non-null result nulls the answer): the calls before
 * it are done, that one is redone alone by `single` (which knows what is harmless and waits for
 * projections), and the rest go again as a batch.
 */
async function batched(api, token, field, inputType, inputs, single, concurrency = 3) {
  let failures = 0;
  await pool(chunks(inputs, 20), concurrency, async (part) => {
    let rest = part;
    while (rest.length) {
      const vars = Object.fromEntries(rest.map((v, i) => [`v${i}`, v]));
      const query = `mutation(${rest.map((_, i) => `$v${i}: ${inputType}!`).join(', ')}) { ${rest
        .map((_, i) => `a${i}: ${field}(input: $v${i}) { __typename }`)
        .join(' ')} }`;
      const r = await api.raw(query, vars, token);
      if (!r.errors?.length) return;
      const at = /^a(\d+)$/.exec(String(r.errors[0].path?.[0] ?? ''));
      if (failures++ < 3)
        api.log(
          `${field}: ${r.errors[0].extensions?.code} ${r.errors[0].message}; that one alone, then the rest`,
        );
      if (!at) {
        for (const v of rest) await single(v);
        return;
      }
      const k = Number(at[1]);
      await single(rest[k]);
      rest = rest.slice(k + 1);
    }
  });
}

/** Every page of a connection. */
async function all(api, token, what, query, variables, pick) {
  const out = [];
  let after = null;
  for (;;) {
    const data = await api.ok(what, query, { ...variables, after }, token);
    const conn = pick(data);
    out.push(...conn.edges.map((e) => e.node));
    if (!conn.pageInfo.hasNextPage) return out;
    after = conn.pageInfo.endCursor;
  }
}

// ---------------------------------------------------------------- the run

/**
 * @param {object} o
 * @param {string} o.gatewayUrl
 * @param {string} o.token       the company admin's token
 * @param {() => Date} [o.now]   the business clock (the servers' clock; tests pass theirs)
 * @param {(email: string) => Promise<string>} [o.login]  a staff member's token (password grant)
 * @param {string} [o.password]  password of the staff it invites
 * @param {(msg: string) => void} [o.log]
 */
export async function seedDemoData({
  gatewayUrl,
  token,
  now = () => new Date(),
  login,
  password,
  log = () => {},
}) {
  const started = Date.now();
  const api = client(gatewayUrl, log);
  const today = shanghaiDate(now());
  const month = today.slice(0, 7);
  const periods = Array.from({ length: 6 }, (_, i) => addPeriod(month, i - 6)); // the six months before this one
  const added = {
    properties: 0,
    units: 0,
    staff: 0,
    customers: 0,
    moveIns: 0,
    billRuns: 0,
    payments: 0,
    tickets: 0,
    visits: 0,
    checks: 0,
  };
  const phase = (name) =>
    log(
      `demo data: ${name} done at ${((Date.now() - started) / 1000).toFixed(1)} s (${api.requests()} requests)`,
    );
  const me = (await api.ok('me', '{ me { username } }', {}, token)).me;
  const domain = (me.username ?? 'admin@demo.pm.local').split('@')[1];

  // Properties ------------------------------------------------------------------
  const existing = await all(
    api,
    token,
    'properties',
    'query($after: String) { properties(first: 200, after: $after) { edges { node { id name kind } } pageInfo { hasNextPage endCursor } } }',
    {},
    (d) => d.properties,
  );
  const props = [];
  for (const def of PROPERTIES) {
    let p = existing.find((x) => x.name === def.name);
    if (!p) {
      p = (
        await api.ok(
          'createProperty',
          'mutation($i: CreatePropertyInput!) { createProperty(input: $i) { id name kind } }',
          { i: { name: def.name, kind: def.kind, address: def.address, timeZone: 'Asia/Shanghai' } },
          token,
        )
      ).createProperty;
      added.properties++;
    }
    props.push({ ...def, id: p.id, unitDefs: def.units() });
  }

  phase('properties');
  // Units -----------------------------------------------------------------------
  const UNITS = `query($id: ID!, $after: String) { property(id: $id) { units(first: 200, after: $after) {
    edges { node { id building number areaSqm kind createdAt } } pageInfo { hasNextPage endCursor } } } }`;
  const listUnits = (p) => all(api, token, 'units', UNITS, { id: p.id }, (d) => d.property.units);
  await pool(props, 3, async (p) => {
    const have = new Set((await listUnits(p)).map((u) => `${u.building}|${u.number}`));
    const missing = p.unitDefs.filter((u) => !have.has(`${u.building}|${u.number}`));
    const single = async (i) => {
      const r = await api.raw(
        'mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }',
        { i },
        token,
      );
      if (r.errors && r.errors[0].extensions?.code !== 'CONFLICT') throw new ApiError('createUnit', r.errors);
    };
    await batched(
      api,
      token,
      'createUnit',
      'CreateUnitInput',
      missing.map((u) => ({ propertyId: p.id, ...u })),
      single,
    );
    added.units += missing.length;
    p.units = (await listUnits(p)).sort((a, b) =>
      a.building === b.building
        ? a.number.localeCompare(b.number, 'en', { numeric: true })
        : a.building.localeCompare(b.building, 'en', { numeric: true }),
    );
  });

  phase('units');
  // Fee schedules (R-BIL-1): the contract prices of each property, from before the billed months --
  const from = dayOf(addPeriod(month, -7), 1);
  await pool(props, 3, async (p) => {
    const cur = (
      await api.ok(
        'feeSchedule',
        'query($p: ID!, $d: Date!) { feeSchedule(propertyId: $p, asOf: $d) { isDefault managementFenPerSqm } }',
        { p: p.id, d: from },
        token,
      )
    ).feeSchedule;
    if (cur && !cur.isDefault) return;
    await api.eventually('billing knows the property', () =>
      api.ok(
        'setFeeSchedule',
        'mutation($i: SetFeeScheduleInput!) { setFeeSchedule(input: $i) { effectiveFrom } }',
        { i: { propertyId: p.id, effectiveFrom: from, ...p.fees } },
        token,
      ),
    );
  });

  phase('fee schedules');
  // Staff: the seed's people work on the first property (their scope cannot be changed through the
  // API); the other two get a site manager, a technician and a customer-service supervisor each.
  const staffDefs = [
    ['manager', '陈刚 Chen Gang', ['SITE_MANAGER'], 'p1'],
    ['cs', '赵磊 Zhao Lei', ['CS_SUPERVISOR'], 'p1'],
    ['engineering', '孙强 Sun Qiang', ['ENGINEERING_SUPERVISOR'], 'p1'],
    ['tech', '周杰 Zhou Jie', ['TECHNICIAN'], 'p1'],
    ['assistant', '王芳 Wang Fang', ['PROPERTY_ASSISTANT'], 'p1'],
    ['frontdesk', '李娜 Li Na', ['FRONT_DESK'], 'p1'],
    ['finance', '吴敏 Wu Min', ['FINANCE'], 'p1'],
    ['manager2', '黄志明 Huang Zhiming', ['SITE_MANAGER'], 'p2'],
    ['cs2', '林晓燕 Lin Xiaoyan', ['CS_SUPERVISOR'], 'p2'],
    ['tech2', '郭建军 Guo Jianjun', ['TECHNICIAN'], 'p2'],
    ['manager3', '何丽华 He Lihua', ['SITE_MANAGER'], 'p3'],
    ['cs3', '罗文静 Luo Wenjing', ['CS_SUPERVISOR'], 'p3'],
    ['tech3', '谢永强 Xie Yongqiang', ['TECHNICIAN'], 'p3'],
  ];
  const byKey = Object.fromEntries(props.map((p) => [p.key, p]));
  const staff = await pool(staffDefs, 4, async ([local, name, roles, pk]) => {
    const email = `${local}@${domain}`;
    const r = await api.raw(
      'mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id } }',
      { i: { email, name, password, roles, propertyIds: [byKey[pk].id] } },
      token,
    );
    if (r.errors && r.errors[0].extensions?.code !== 'CONFLICT')
      throw new ApiError(`inviteStaff ${email}`, r.errors);
    if (!r.errors) added.staff++;
    let id = r.data?.inviteStaff?.id;
    // An existing person's id: only their own token tells it (there is no staff list query).
    if (!id && login)
      id = (await api.ok('me', '{ me { staff { id } } }', {}, await login(email)).catch(() => null))?.me
        ?.staff?.id;
    return { email, name, roles, property: pk, id };
  });
  const staffOf = (pk, role) => staff.find((s) => s.property === pk && s.roles.includes(role) && s.id);

  phase('staff');
  // Customers (R-CUS-1): one per occupied unit, most units occupied ----------------------------
  const CUSTOMERS = `query($p: ID!, $after: String) { customers(first: 200, after: $after, filter: { propertyId: $p }) {
    edges { node { id name kind occupancies { unitId endDate } } } pageInfo { hasNextPage endCursor } } }`;
  let n0 = 0;
  for (const p of props) {
    p.offset = n0;
    n0 += p.units.length;
  }
  const customersOf = async (p) => {
    // Every 20th unit stands empty (空置房); the rest have a customer.
    p.occupied = p.units
      .map((u, i) => ({ unit: u, n: p.offset + i }))
      .filter(({ n }) => n % 20 !== 19)
      .map((x) => ({ ...x, person: demoPerson(x.n) }));
    const names = new Set(p.occupied.map((o) => o.person.name));
    if (names.size !== p.occupied.length) throw new Error(`demo names repeat in ${p.name}`);
    const list = () => all(api, token, 'customers', CUSTOMERS, { p: p.id }, (d) => d.customers);
    const have = new Set((await list()).map((c) => c.name));
    const inputs = p.occupied
      .filter((o) => !have.has(o.person.name))
      .map(({ unit, n, person }) => {
        const shop = unit.kind === 'SHOP' ? SHOP_TRADES[n % SHOP_TRADES.length] : null;
        return {
          propertyId: p.id,
          name: person.name,
          phone: person.phone,
          kind: 'OWNER',
          idNumber: person.idNumber,
          birthday: person.birthday,
          ...(shop
            ? { industry: shop[0], preferences: [`店名：${person.name.slice(0, 1)}记${shop[1]}`] }
            : {}),
          ...(unit.kind === 'APARTMENT' && n % 3 === 0
            ? {
                householdMembers: [
                  {
                    name: `${person.name.slice(0, 1)}小${GIVEN[n % GIVEN.length].slice(-1)}`,
                    relation: 'child',
                  },
                ],
              }
            : {}),
        };
      });
    const single = (i) =>
      api.eventually('customers knows the property', async () => {
        const r = await api.raw(
          'mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }',
          { i },
          token,
        );
        if (r.errors && r.errors[0].extensions?.code !== 'CONFLICT')
          throw new ApiError('registerCustomer', r.errors);
      });
    if (inputs.length) {
      await single(inputs[0]); // waits for the property to reach customers
      // Households by CSV import (one request, one transaction); shops one by one, with their trade.
      const plain = inputs.slice(1).filter((i) => !i.industry && !i.householdMembers);
      const rich = inputs.slice(1).filter((i) => i.industry || i.householdMembers);
      if (plain.length) {
        const q = (v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
        const csv = [
          'name,phone,kind,idNumber,birthday',
          ...plain.map((i) => [i.name, i.phone, i.kind, i.idNumber, i.birthday].map(q).join(',')),
        ].join('\n');
        const imp = (
          await api.ok(
            'importCustomers',
            'mutation($p: ID!, $csv: String!) { importCustomers(propertyId: $p, csv: $csv) { status created unchanged rejected { line reasons } } }',
            { p: p.id, csv },
            token,
          )
        ).importCustomers;
        if (imp.status !== 'DONE') throw new Error(`customer import ${p.name}: ${JSON.stringify(imp)}`);
      }
      await batched(api, token, 'registerCustomer', 'RegisterCustomerInput', rich, single);
    }
    added.customers += inputs.length;
    const byName = new Map((await list()).map((c) => [c.name, c]));
    for (const o of p.occupied) o.customer = byName.get(o.person.name);

    // Move-in (R-CUS-4) years ago, with the handover readings (房屋交接验收表) billing receives.
    const moveIns = p.occupied
      .filter((o) => !o.customer.occupancies.some((x) => x.unitId === o.unit.id))
      .map(({ unit, n, customer }) => ({
        customerId: customer.id,
        unitId: unit.id,
        date: `${2016 + (n % 8)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')}`,
        documents: [
          'NOTICE',
          'PURCHASE_CONTRACT',
          'PAYMENT_PROOF',
          'ID_AND_PHOTOS',
          'SIGNED_COVENANT',
          'FIRE_SAFETY_RESPONSIBILITY',
          'SERVICE_AGREEMENT',
        ],
        meterReadings: [
          { meter: 'WATER', reading: (n * 13) % 97 },
          { meter: 'ELECTRICITY', reading: (n * 71) % 997 },
        ],
        keysHandedOver: 3,
      }));
    const singleMoveIn = (i) =>
      api.eventually('customers knows the unit', async () => {
        const r = await api.raw('mutation($i: MoveInInput!) { moveIn(input: $i) { id } }', { i }, token);
        if (r.errors && r.errors[0].extensions?.code !== 'CONFLICT') throw new ApiError('moveIn', r.errors);
      });
    if (moveIns.length) {
      // In the order the units were made, which is the order customers learns of them: each batch
      // goes as far as the projection has come, waits there for the unit it stopped at, goes on.
      const created = new Map(p.units.map((u) => [u.id, u.createdAt]));
      moveIns.sort((x, y) => (created.get(x.unitId) < created.get(y.unitId) ? -1 : 1));
      await batched(api, token, 'moveIn', 'MoveInInput', moveIns, singleMoveIn, 2);
    }
    added.moveIns += moveIns.length;
  };

  // Tickets of this month (the API stamps them now; history cannot be backdated) ------------------
  const TICKETS = `query($p: ID!, $after: String) { tickets(first: 200, after: $after, filter: { propertyId: $p }) {
    edges { node { id description status kind visitTask { visitsCount status } } } pageInfo { hasNextPage endCursor } } }`;
  const ticketsOf = async (p) => {
    const tech = staffOf(p.key, 'TECHNICIAN');
    const cs = staffOf(p.key, 'CS_SUPERVISOR') ?? staffOf(p.key, 'SITE_MANAGER');
    const have = new Map(
      (await all(api, token, 'tickets', TICKETS, { p: p.id }, (d) => d.tickets)).map((t) => [
        t.description,
        t,
      ]),
    );
    const at = (i) => p.occupied[(i * 17 + 5) % p.occupied.length];
    const plan = [];
    const repairs = p.kind === 'MALL' ? 8 : 12;
    for (let i = 0; i < repairs; i++) {
      const o = at(i);
      const [what, code] = REPAIRS[i % REPAIRS.length];
      // 0–5 completed with price-list charges, 6–7 dispatched, the rest open
      plan.push({
        kind: 'REPAIR',
        o,
        description: `${unitLabel(o.unit, p.kind)} ${what}`,
        code,
        stage: i < 6 ? 'done' : i < 8 ? 'dispatched' : 'open',
      });
    }
    for (let i = 0; i < 4; i++) {
      const o = at(repairs + i);
      const [category, what] = COMPLAINTS[(i + p.offset) % COMPLAINTS.length];
      plan.push({
        kind: 'COMPLAINT',
        o,
        category,
        description: `${unitLabel(o.unit, p.kind)} ${what}`,
        stage: i < 2 ? 'done' : i < 3 ? 'dispatched' : 'open',
      });
    }
    for (let i = 0; i < 3; i++) {
      const o = at(repairs + 4 + i);
      const [category, what] = HELPS[i];
      plan.push({
        kind: 'HELP',
        o,
        category,
        description: `${unitLabel(o.unit, p.kind)} ${what}`,
        stage: i < 2 ? 'done' : 'open',
      });
    }
    const create = async (t) => {
      const base = {
        propertyId: p.id,
        unitId: t.o.unit.id,
        customerId: t.o.customer.id,
        description: t.description,
      };
      const [m, input, i] =
        t.kind === 'REPAIR'
          ? ['reportRepair', 'ReportRepairInput', { ...base, priority: 'NORMAL', priceItemCode: t.code }]
          : t.kind === 'COMPLAINT'
            ? [
                'fileComplaint',
                'FileComplaintInput',
                { ...base, category: t.category, what: t.description, expectation: '尽快处理并回复' },
              ]
            : [
                'requestHelp',
                'RequestHelpInput',
                { ...base, category: t.category, answered: t.stage === 'done' },
              ];
      return (await api.ok(m, `mutation($i: ${input}!) { ${m}(input: $i) { id status } }`, { i }, token))[m];
    };
    const todo = plan.filter((t) => !have.has(t.description));
    if (!todo.length) return;
    await api.eventually('tickets knows the property', () =>
      create(todo[0]).then((r) => (todo[0].ticket = r)),
    );
    await pool(
      todo.slice(1),
      3,
      async (t) => (t.ticket = await api.eventually('tickets knows the unit', () => create(t))),
    );
    added.tickets += todo.length;
    const step = (what, q, vars) => api.eventually(what, () => api.ok(what, q, vars, token));
    await pool(
      todo.filter((t) => t.kind !== 'HELP' && t.stage !== 'open'),
      3,
      async (t) => {
        const assignee = t.kind === 'REPAIR' || t.category === 'FACILITY' ? tech : cs;
        if (!assignee) return;
        await step(
          'dispatchTicket',
          'mutation($id: ID!, $a: ID!) { dispatchTicket(id: $id, assigneeId: $a) { id } }',
          { id: t.ticket.id, a: assignee.id },
        );
        if (t.stage !== 'done') return;
        await step('arriveTicket', 'mutation($id: ID!) { arriveTicket(id: $id) { id } }', {
          id: t.ticket.id,
        });
        const charges =
          t.kind === 'REPAIR'
            ? [
                { priceItemCode: 'CALL_OUT', quantity: 1 },
                { priceItemCode: t.code, quantity: 1 },
              ]
            : [];
        await step(
          'completeTicket',
          'mutation($id: ID!, $i: CompleteTicketInput!) { completeTicket(id: $id, input: $i) { id } }',
          {
            id: t.ticket.id,
            i: { charges, customerSigned: true, note: '已处理，客户验收签字' },
          },
        );
      },
    );
  };

  // Follow-up visits (R-VIS-*) of most closed repairs and complaints --------------------------------
  const visitsOf = async (p) => {
    const closed = (await all(api, token, 'tickets', TICKETS, { p: p.id }, (d) => d.tickets)).filter(
      (t) => t.status === 'COMPLETED' && t.kind !== 'HELP' && (t.visitTask?.visitsCount ?? 0) === 0,
    );
    await pool(closed, 2, async (t) => {
      const h = hash(t.description);
      if (h % 5 === 0) return; // not every one is visited this month
      await api.eventually('recordVisit', () =>
        api.ok(
          'recordVisit',
          'mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }',
          {
            i: {
              ticketId: t.id,
              method: 'PHONE',
              satisfaction: [5, 5, 4, 5, 3, 4][h % 6],
              note: '电话回访，客户满意',
            },
          },
          token,
        ),
      );
      added.visits++;
    });
  };

  // Appraisal checks (R-APR-*): a monthly check of each site person for the six months and this one,
  // by the company admin (HQ/ADMIN may check anyone below them); the check date may be in the past.
  const checkAll = async () => {
    const checkMonths = [...periods, month];
    const people = staff.filter((s) => s.id);
    const SHEET = (i) => `a${i}: scoreSheet(staffId: $s${i}, period: $m${i}) { checks }`;
    const wanted = people.flatMap((s) => checkMonths.map((m) => ({ s, m })));
    const done = new Set();
    await pool(chunks(wanted, 20), 3, async (part) => {
      const q = `query(${part.map((_, i) => `$s${i}: ID!, $m${i}: String!`).join(', ')}) { ${part.map((_, i) => SHEET(i)).join(' ')} }`;
      const vars = Object.fromEntries(
        part.flatMap((w, i) => [
          [`s${i}`, w.s.id],
          [`m${i}`, w.m],
        ]),
      );
      const d = await api.eventually('appraisal knows the staff', () => api.ok('scoreSheet', q, vars, token));
      part.forEach((w, i) => d[`a${i}`].checks > 0 && done.add(w));
    });
    const checks = wanted
      .filter((w) => !done.has(w))
      .map(({ s, m }) => {
        const h = hash(`${s.email}${m}`);
        const manager = s.roles.some((r) =>
          ['SITE_MANAGER', 'CS_SUPERVISOR', 'ENGINEERING_SUPERVISOR'].includes(r),
        );
        const deductions =
          h % 3 === 0
            ? manager
              ? [
                  {
                    item: 'RESULTS',
                    severity: 'GENERAL',
                    points: 2,
                    reason: '月度指标未达标',
                    rootCause: 'RESPONSIBILITY',
                  },
                ]
              : [{ item: 'JOB_QUALITY', severity: 'GENERAL', points: 1 + (h % 2), reason: '工单记录不完整' }]
            : [];
        const date = m === month ? today : dayOf(m, 25);
        return {
          staffId: s.id,
          kind: 'MONTHLY',
          date,
          deductions,
          ...(h % 4 === 1 ? { commendationPoints: 5 } : {}),
        };
      });
    const RECORD = 'mutation($i: RecordCheckInput!) { recordCheck(input: $i) { id } }';
    await batched(api, token, 'recordCheck', 'RecordCheckInput', checks, async (i) => {
      const r = await api.raw(RECORD, { i }, token);
      if (!r.errors) return;
      // A deduction the company's policy bands refuse (VALIDATION_FAILED): the check without it.
      if (r.errors[0].extensions?.code === 'VALIDATION_FAILED' && i.deductions.length)
        return api.ok('recordCheck', RECORD, { i: { ...i, deductions: [] } }, token);
      await api.eventually('appraisal knows the person', () => api.ok('recordCheck', RECORD, { i }, token));
    });
    added.checks += checks.length;
    phase('appraisal checks');
  };

  // Bills (R-BIL-2): billing must know every occupancy before a period is billed (a bill's payer is
  // fixed when it is made). Its handover meter readings arrive in the same event, so wait for them.
  const billingKnows = async (p) => {
    const pending = [...p.occupied];
    const end = Date.now() + PROJECTION_WAIT_MS;
    while (pending.length) {
      const seen = new Set();
      for (const part of chunks(pending, 25)) {
        const q = `query { ${part.map((o, i) => `a${i}: meterReadings(unitId: "${o.unit.id}", meter: WATER, first: 1) { totalCount }`).join(' ')} }`;
        const d = (await api.raw(q, {}, token)).data ?? {};
        part.forEach((o, i) => d[`a${i}`]?.totalCount > 0 && seen.add(o));
      }
      const left = pending.filter((o) => !seen.has(o));
      pending.splice(0, pending.length, ...left);
      if (!pending.length) break;
      if (Date.now() > end)
        throw new Error(`billing has not heard of ${pending.length} move-ins in ${p.name}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  };
  const billOf = (p) =>
    pool(periods, 3, async (period) => {
      const billed = (
        await api.ok(
          'bills',
          'query($p: ID!, $m: String!) { bills(first: 1, filter: { propertyId: $p, period: $m }) { totalCount } }',
          { p: p.id, m: period },
          token,
        )
      ).bills.totalCount;
      if (billed >= p.units.length) return;
      let run = (
        await api.ok(
          'runBilling',
          'mutation($i: RunBillingInput!) { runBilling(input: $i) { id status } }',
          { i: { propertyId: p.id, period } },
          token,
        )
      ).runBilling;
      added.billRuns++;
      for (let i = 0; run.status === 'RUNNING'; i++) {
        if (i > 600) throw new Error(`bill run ${p.name} ${period} still running`);
        await new Promise((r) => setTimeout(r, 200));
        run = (
          await api.ok(
            'billingRun',
            'query($id: ID!) { billingRun(id: $id) { id status error } }',
            { id: run.id },
            token,
          )
        ).billingRun;
      }
      if (run.status !== 'DONE')
        throw new Error(`bill run ${p.name} ${period}: ${run.status} ${run.error ?? ''}`);
    });

  // Payments (R-BIL-8): by bank, dated in the collection window (or days late), one key per unit and
  // period; some customers stop paying, so every ageing stage of R-BIL-7 has someone in it.
  const BILLS = `query($p: ID!, $after: String) { bills(first: 200, after: $after, filter: { propertyId: $p }) {
    edges { node { id period unitId customerId totalFen paidFen dueDate status } } pageInfo { hasNextPage endCursor } } }`;
  const nowMs = now().getTime();
  const payOf = async (p) => {
    const payments = [];
    const bills = await all(api, token, 'bills', BILLS, { p: p.id }, (d) => d.bills);
    const nOf = new Map(p.units.map((u, i) => [u.id, p.offset + i]));
    const byUnit = new Map();
    for (const b of bills) {
      if (!b.customerId || !periods.includes(b.period)) continue; // empty units: the developer's, unpaid here
      byUnit.set(b.unitId, [...(byUnit.get(b.unitId) ?? []), b]);
    }
    for (const [unitId, own] of byUnit) {
      const n = nOf.get(unitId);
      const prof = payerProfile(n);
      const at = (k) => own.find((b) => b.period === periods[k]);
      // One bank payment per group of consecutive periods, on the group's last bill; the amount
      // beyond that bill goes to the customer's oldest open bills (R-BIL-8), i.e. the group's.
      for (let g = 0; g < prof.paidUntil; g += prof.every) {
        const ks = [];
        for (let k = g; k < Math.min(g + prof.every, prof.paidUntil); k++)
          if (k !== prof.skip && at(k)) ks.push(k);
        if (!ks.length) continue;
        const last = at(ks[ks.length - 1]);
        const amountFen = ks.reduce((s, k) => s + at(k).totalFen - at(k).paidFen, 0);
        if (amountFen <= 0) continue;
        const date = prof.late
          ? new Date(Date.parse(last.dueDate) + prof.late * DAY).toISOString().slice(0, 10)
          : dayOf(addPeriod(last.period, 1), 1 + (hash(`${unitId}${last.period}`) % 14));
        const paidAt = Math.min(
          shanghaiInstant(date, 9 + (n % 9), (n * 7) % 60).getTime(),
          nowMs - 10 * 60_000,
        );
        const key = `${periods[ks[0]]}..${last.period}`;
        payments.push({
          billId: last.id,
          amountFen,
          paidAt: new Date(paidAt).toISOString(),
          idempotencyKey: `demo-payment:${unitId}:${key}`,
          bankReference: `ICBC${String(hash(`${unitId}:${key}`)).padStart(10, '0')}`,
        });
      }
    }
    const financeToken = token;
    await batched(api, financeToken, 'recordPayment', 'RecordPaymentInput', payments, (i) =>
      api
        .ok(
          'recordPayment',
          'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
          { i },
          financeToken,
        )
        .catch((e) => {
          // The same key with another amount: this group was paid by an earlier, interrupted run.
          if (!(e instanceof ApiError) || e.code !== 'CONFLICT') throw e;
        }),
    );
    added.payments += payments.length;
  };

  // Each property on its own, three at once: customers and move-ins; then billing (once its
  // projection has every occupancy: bill runs, payments) beside tickets and visits. The checks
  // meanwhile. Payments take turns on the company's receipt counter, so they are spread out.
  const checksDone = checkAll();
  await pool(props, 3, async (p) => {
    await customersOf(p);
    phase(`${p.name}: customers and move-ins`);
    await Promise.all([
      (async () => {
        await billingKnows(p);
        await billOf(p);
        phase(`${p.name}: bill runs`);
        await payOf(p);
        phase(`${p.name}: payments`);
      })(),
      (async () => {
        await ticketsOf(p);
        await visitsOf(p);
        phase(`${p.name}: tickets and visits`);
      })(),
    ]);
  });
  await checksDone;
  const seconds = (Date.now() - started) / 1000;
  log(
    `demo data: ${props.length} properties, ${props.reduce((s, p) => s + p.units.length, 0)} units; added ${Object.entries(
      added,
    )
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')} in ${seconds.toFixed(1)} s (${api.requests()} requests)`,
  );
  return {
    properties: props.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      units: p.units.length,
      customers: p.occupied.length,
    })),
    added,
    periods,
    requests: api.requests(),
    seconds,
  };
}
