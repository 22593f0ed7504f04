import { PropertyService } from '../../services/tenancy/src/property/property.service';
import { UnitService } from '../../services/tenancy/src/unit/unit.service';
import { gql } from '@pm/testing';
import {
  Company,
  createProperty,
  Platform,
  removeCompanies,
  entitiesCall,
  signUpCompany,
  startPlatform,
} from '@pm/testing/kit';

const entities = (p: Platform, token: string, reps: object[], selection: string) =>
  entitiesCall(p.tenancyUrl, token, reps, selection);

describe('entity references (_entities) of the tenancy subgraph', () => {
  let p: Platform;
  let a: Company;
  let props: string[];
  let unitId: string;

  beforeAll(async () => {
    p = await startPlatform();
    a = await signUpCompany(p.gatewayUrl);
    props = await Promise.all(['E1', 'E2', 'E3'].map((n) => createProperty(p.gatewayUrl, a.token, n)));
    const u = await gql(
      p.gatewayUrl,
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
      { i: { propertyId: props[0], building: 'A', number: '1', areaSqm: 80, kind: 'APARTMENT' } },
      a.token,
    );
    unitId = u.data.createUnit.id;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await removeCompanies([a]);
    await p?.stop();
  });

  it('resolves every Property of one call with one query (batched, no N+1)', async () => {
    const spy = jest.spyOn(PropertyService, 'byIds');
    const r = await entities(
      p,
      a.token,
      props.map((id) => ({ __typename: 'Property', id })),
      '... on Property { id name }',
    );
    expect(r.data._entities.map((e: any) => e.name)).toEqual(['E1', 'E2', 'E3']);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0][1]).toEqual(props);
    spy.mockRestore();
  });

  it('resolves Unit and Staff references, and unknown ids to null', async () => {
    const spy = jest.spyOn(UnitService, 'byIds');
    const me = await gql(p.gatewayUrl, `{ me { staff { id } } }`, {}, a.token);
    const r = await entities(
      p,
      a.token,
      [
        { __typename: 'Unit', id: unitId },
        { __typename: 'Unit', id: '01900000-0000-7000-8000-000000000000' },
        { __typename: 'Staff', id: me.data.me.staff.id },
      ],
      '... on Unit { id number property { name } } ... on Staff { id roles }',
    );
    expect(r.data._entities).toEqual([
      { id: unitId, number: '1', property: { name: 'E1' } },
      null,
      { id: me.data.me.staff.id, roles: ['ADMIN'] },
    ]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
