import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';
import { codes, gql } from '@pm/testing';

const SET = `mutation($i: SetPolicyInput!) { setPolicy(input: $i) { propertyId asOf values { key value source effectiveFrom ruleIds } } }`;
const GET = `query($p: ID, $d: Date) { policy(propertyId: $p, asOf: $d) { asOf values { key value source } } }`;
const valueOf = (policy: any, key: string) => policy.values.find((v: any) => v.key === key);

describe('policy registry (domain-rules.md values per tenant, per property, effective from a date)', () => {
  let p: Platform;
  let a: Company;
  let b: Company;
  let prop: string;

  beforeAll(async () => {
    p = await startPlatform();
    [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
    prop = await createProperty(p.gatewayUrl, a.token);
  });
  afterAll(async () => {
    await removeCompanies([a, b]);
    await p?.stop();
  });

  it('R-BIL-4 the late fee rate changes from a date for one company only, with history', async () => {
    const set = await gql(
      p.gatewayUrl,
      SET,
      { i: { key: 'billing.lateFeeRatePerDay', value: 0.003, effectiveFrom: '2027-01-01' } },
      a.token,
    );
    expect(set.errors).toBeUndefined();
    expect(valueOf(set.data.setPolicy, 'billing.lateFeeRatePerDay')).toMatchObject({
      value: 0.003,
      source: 'COMPANY',
      effectiveFrom: '2027-01-01',
      ruleIds: ['R-BIL-4'],
    });
    const before = await gql(p.gatewayUrl, GET, { d: '2026-12-31' }, a.token);
    expect(valueOf(before.data.policy, 'billing.lateFeeRatePerDay')).toMatchObject({
      value: 0.0005,
      source: 'DEFAULT',
    });
    const other = await gql(p.gatewayUrl, GET, { d: '2027-06-01' }, b.token);
    expect(valueOf(other.data.policy, 'billing.lateFeeRatePerDay').value).toBe(0.0005);
    const hist = await gql(
      p.gatewayUrl,
      `{ policyHistory(key: "billing.lateFeeRatePerDay") { value effectiveFrom setBy } }`,
      {},
      a.token,
    );
    expect(hist.data.policyHistory).toHaveLength(1);
  });

  it('site staff read their property with the company-wide values under it (company rows have no property)', async () => {
    await gql(
      p.gatewayUrl,
      SET,
      { i: { key: 'billing.disputeCutoffDaysBeforeDue', value: 4, effectiveFrom: '2026-01-01' } },
      a.token,
    );
    const manager = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['SITE_MANAGER'], [prop]);
    const r = await gql(p.gatewayUrl, GET, { p: prop, d: '2026-06-01' }, manager.token);
    expect(r.errors).toBeUndefined();
    expect(valueOf(r.data.policy, 'billing.disputeCutoffDaysBeforeDue')).toMatchObject({
      value: 4,
      source: 'COMPANY',
    });
  });

  it('R-BIL-3 a property may override the due day', async () => {
    const r = await gql(
      p.gatewayUrl,
      SET,
      { i: { key: 'billing.dueDay', value: 10, propertyId: prop, effectiveFrom: '2026-01-01' } },
      a.token,
    );
    expect(valueOf(r.data.setPolicy, 'billing.dueDay')).toMatchObject({ value: 10, source: 'PROPERTY' });
    const company = await gql(p.gatewayUrl, GET, { d: '2026-06-01' }, a.token);
    expect(valueOf(company.data.policy, 'billing.dueDay').value).toBe(15);
  });

  it.each([
    ['an unknown key', { key: 'billing.nope', value: 1 }],
    ['a value of the wrong type', { key: 'billing.dueDay', value: 'fifteenth' }],
    ['a value out of range', { key: 'billing.dueDay', value: 31 }],
    ['a percentage typed as a fraction', { key: 'billing.lateFeeRatePerDay', value: 0.05 }],
    ['a bad date', { key: 'billing.dueDay', value: 10, effectiveFrom: '2026-02-30' }],
  ])('%s → VALIDATION_FAILED and nothing stored', async (_n, input) => {
    const r = await gql(p.gatewayUrl, SET, { i: input }, a.token);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
  });

  it('a company-wide key cannot be set per property', async () => {
    const key = (await gql(p.gatewayUrl, GET, {}, a.token)).data.policy.values
      .map((v: any) => v.key)
      .find((k: string) => k.startsWith('kpi.'));
    const r = await gql(p.gatewayUrl, SET, { i: { key, value: 0.5, propertyId: prop } }, a.token);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
  });
});
