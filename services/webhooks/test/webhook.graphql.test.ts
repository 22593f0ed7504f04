import { codes, gql } from '@pm/testing';
import {
  Company,
  Platform,
  createProperty,
  removeCompanies,
  signUpCompany,
  starter,
  startPlatform,
} from '@pm/testing/kit';

describe('webhooks through the gateway', () => {
  let p: Platform;
  let a: Company;
  let b: Company;

  beforeAll(async () => {
    p = await startPlatform({}, [starter('webhooks')]);
    [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
  });
  afterAll(async () => {
    await removeCompanies([a, b]);
    await p?.stop();
  });

  it('creates and lists a webhook; another tenant sees none of it', async () => {
    const propertyId = await createProperty(p.gatewayUrl, a.token);
    const made = await gql(
      p.gatewayUrl,
      `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { id name } }`,
      { i: { propertyId, name: 'First' } },
      a.token,
    );
    expect(made.errors).toBeUndefined();
    const list = `query($p: ID!) { webhooks(propertyId: $p) { id } }`;
    expect((await gql(p.gatewayUrl, list, { p: propertyId }, a.token)).data.webhooks).toHaveLength(1);
    expect((await gql(p.gatewayUrl, list, { p: propertyId }, b.token)).data.webhooks).toEqual([]);
    const bad = await gql(
      p.gatewayUrl,
      `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { id } }`,
      { i: { propertyId, name: ' ' } },
      a.token,
    );
    expect(codes(bad)).toEqual(['VALIDATION_FAILED']);
  });
});
