import { whereParam } from './where-param';

describe('whereParam (parameters of a virtual entity)', () => {
  it('finds a key at the top or inside the $and the filters wrap the where in', () => {
    expect(whereParam({ asOf: '2027-01-20', propertyId: 'p' }, 'asOf')).toBe('2027-01-20');
    expect(whereParam({ $and: [{ tenantId: 't' }, { $and: [{ asOf: '2027-01-20' }] }] }, 'asOf')).toBe(
      '2027-01-20',
    );
    expect(whereParam({ tenantId: 't' }, 'asOf')).toBeUndefined();
    expect(whereParam(undefined, 'asOf')).toBeUndefined();
  });
});
