import { nameProblems } from './webhook.rules';

describe('webhook rules', () => {
  it('wants a name of 1–200 characters', () => {
    expect(nameProblems('Block A')).toEqual([]);
    expect(nameProblems('  ')).toEqual([{ field: 'name', message: 'must be 1–200 characters' }]);
    expect(nameProblems('x'.repeat(201))).toHaveLength(1);
  });
});
