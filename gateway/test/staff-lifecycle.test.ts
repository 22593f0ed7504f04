import { randomBytes } from 'crypto';
import { Client } from 'pg';
import {
  codes,
  completeSetPasswordLink,
  gql,
  passwordToken,
  testDatabaseUrl,
  waitForMail,
} from '@pm/testing';
import {
  appraisal,
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signUpCompany,
  startPlatform,
  tickets,
  until,
} from '@pm/testing/kit';

const INVITE = `mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id email leftAt } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateStaff(id: $id) { id leftAt } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateStaffInput!) { updateStaff(id: $id, input: $i) { id roles propertyIds } }`;

/** One row of a service's own database (as its owner, so across RLS): what its consumers made of an event. */
async function row(
  service: string,
  sql: string,
  params: unknown[],
): Promise<Record<string, any> | undefined> {
  const c = new Client({ connectionString: testDatabaseUrl(service) });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows[0];
  } finally {
    await c.end();
  }
}

describe('staff lifecycle (R-PLT-2): invitation by e-mail, changes, leaving', () => {
  let p: Platform;
  let a: Company;
  let propertyId: string;
  const call = (q: string, v: Record<string, unknown> = {}, token = a.token) =>
    gql(p.gatewayUrl, q, v, token);

  beforeAll(async () => {
    // Revocations are re-read every 0.5 s and never used older than 2 s.
    p = await startPlatform({ REVOCATION_REFRESH_MS: '500', REVOCATION_MAX_STALE_MS: '2000' }, [
      tickets,
      appraisal,
    ]);
    a = await signUpCompany(p.gatewayUrl);
    propertyId = await createProperty(p.gatewayUrl, a.token, 'Lifecycle Court');
  }, 180_000);
  afterAll(async () => {
    await removeCompanies([a]);
    await p?.stop();
  });

  it('an invitation without a password mails Keycloak’s set-password link; the person sets one and signs in', async () => {
    const email = `new-${randomBytes(3).toString('hex')}@${a.slug}.test`;
    const r = await call(INVITE, {
      i: { email, name: 'Wang Fang', roles: ['FRONT_DESK'], propertyIds: [propertyId] },
    });
    expect(r.errors).toBeUndefined();
    // Not before the link is used.
    await expect(passwordToken(a.realm, email, 'Chosen-pass-2026')).rejects.toThrow(/failed/);
    const mail = await waitForMail(email);
    const link = mail.links.find((l) => l.includes('/login-actions/action-token'));
    expect(link).toBeTruthy();
    expect(link).toContain(`/realms/${a.realm}/`);
    const page = await completeSetPasswordLink(link!, 'Chosen-pass-2026');
    expect(page).toMatch(/updated|已更新|更新/i);
    const token = await passwordToken(a.realm, email, 'Chosen-pass-2026');
    const me = await call(`{ me { roles staff { id email } } }`, {}, token);
    expect(me.data.me).toEqual({ roles: ['FRONT_DESK'], staff: { id: r.data.inviteStaff.id, email } });
  });

  it('a deactivated person’s token stops working, they cannot sign in, and their dispatched ticket is released', async () => {
    const tech = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['TECHNICIAN'], [propertyId]);
    expect((await call(`{ me { roles } }`, {}, tech.token)).errors).toBeUndefined();
    const ticketId = await until('tickets to know the property', async () => {
      const r = await call(`mutation($i: ReportRepairInput!) { reportRepair(input: $i) { id } }`, {
        i: { propertyId, description: 'broken lock', priority: 'EXPRESS' },
      });
      return r.data?.reportRepair.id as string | undefined;
    });
    await until('tickets to know the technician', async () => {
      const r = await call(
        `mutation($t: ID!, $s: ID!) { dispatchTicket(id: $t, assigneeId: $s) { status } }`,
        {
          t: ticketId,
          s: tech.id,
        },
      );
      return r.data?.dispatchTicket.status === 'DISPATCHED';
    });

    const d = await call(DEACTIVATE, { id: tech.id });
    expect(d.errors).toBeUndefined();
    expect(d.data.deactivateStaff.leftAt).toBeTruthy();
    const at = Date.now();
    await until(
      'the token to be refused',
      async () => codes(await call(`{ me { roles } }`, {}, tech.token)).includes('UNAUTHENTICATED'),
      10_000,
    );
    expect(Date.now() - at).toBeLessThan(8_000);
    await expect(passwordToken(a.realm, tech.email, 'Test-pass-2026')).rejects.toThrow(/failed/);

    // staff.left reaches tickets: the dispatch is released, and the person is no one to dispatch to.
    const released = await until('the ticket to be released', async () => {
      const t = (
        await call(`query($id: ID!) { ticket(id: $id) { status assigneeId timeline { action } } }`, {
          id: ticketId,
        })
      ).data.ticket;
      return t.status === 'OPEN' ? t : undefined;
    });
    expect(released.assigneeId).toBeNull();
    expect(released.timeline.map((e: any) => e.action)).toContain('RELEASED');
    expect(
      codes(
        await call(`mutation($t: ID!, $s: ID!) { dispatchTicket(id: $t, assigneeId: $s) { status } }`, {
          t: ticketId,
          s: tech.id,
        }),
      ),
    ).toEqual(['VALIDATION_FAILED']);
    // … and appraisal: from the day they left, no check of them is owed.
    const member = await until('appraisal to hear of it', () =>
      row('appraisal', 'select left_on from staff_members where id = $1 and left_on is not null', [tech.id]),
    );
    expect(member.left_on).toBeTruthy();
    // Deactivating again answers the same; the person's row stays.
    expect((await call(DEACTIVATE, { id: tech.id })).data.deactivateStaff.leftAt).toBe(
      d.data.deactivateStaff.leftAt,
    );
  });

  it('updateStaff changes roles and properties: staff.changed reaches the projections, old tokens stop, new ones carry the change', async () => {
    const other = await createProperty(p.gatewayUrl, a.token, 'Second Court');
    const s = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [propertyId]);
    const u = await call(UPDATE, {
      id: s.id,
      i: { roles: ['CS_SUPERVISOR'], propertyIds: [propertyId, other] },
    });
    expect(u.errors).toBeUndefined();
    expect(u.data.updateStaff).toMatchObject({ roles: ['CS_SUPERVISOR'], propertyIds: [propertyId, other] });
    await until(
      'the old token to be refused',
      async () => codes(await call(`{ me { roles } }`, {}, s.token)).includes('UNAUTHENTICATED'),
      10_000,
    );
    // `iat` has whole seconds: a token from the revocation's own second counts as issued before it.
    await new Promise((r) => setTimeout(r, 1_100));
    const fresh = await passwordToken(a.realm, s.email, 'Test-pass-2026');
    expect((await call(`{ me { roles propertyIds } }`, {}, fresh)).data.me).toEqual({
      roles: ['CS_SUPERVISOR'],
      propertyIds: [propertyId, other],
    });
    for (const [service, table] of [
      ['tickets', 'tkt_staff'],
      ['appraisal', 'staff_members'],
    ])
      await until(`${service} to follow`, async () => {
        const r = await row(service, `select roles from ${table} where id = $1`, [s.id]);
        return r?.roles?.includes('CS_SUPERVISOR');
      });
  });

  it('a site manager manages only site staff of their own sites; nobody deactivates themselves', async () => {
    const other = await createProperty(p.gatewayUrl, a.token, 'Far Court');
    const manager = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['SITE_MANAGER'], [propertyId]);
    const hq = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['HQ'], []);
    const far = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [other]);
    const near = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [propertyId]);
    // People of no site of theirs (HQ included) look absent to a site manager.
    expect(codes(await call(DEACTIVATE, { id: hq.id }, manager.token))).toEqual(['NOT_FOUND']);
    expect(codes(await call(DEACTIVATE, { id: far.id }, manager.token))).toEqual(['NOT_FOUND']);
    expect(codes(await call(DEACTIVATE, { id: manager.id }, manager.token))).toEqual(['FORBIDDEN']);
    expect(codes(await call(UPDATE, { id: near.id, i: { roles: ['HQ'] } }, manager.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await call(UPDATE, { id: near.id, i: { propertyIds: [other] } }, manager.token))).toEqual([
      'FORBIDDEN',
    ]);
    // Nothing was half-done: everyone still works, with the roles they had.
    for (const s of [hq, near, manager])
      expect((await call(`{ me { roles } }`, {}, s.token)).errors).toBeUndefined();
    expect((await call(`{ me { roles } }`, {}, near.token)).data.me.roles).toEqual(['FRONT_DESK']);
  });
});
