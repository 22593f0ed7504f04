import { storageOverdue, storageSlipProblems } from './storage.rules';

describe('R-CUS-10 storage slip', () => {
  it('needs a description of at most 200 characters and 1..999 pieces', () => {
    expect(storageSlipProblems({ description: '纸箱 2 个', quantity: 2 })).toEqual([]);
    expect(storageSlipProblems({ description: '  ', quantity: 1 })).toEqual([
      { field: 'description', message: 'required' },
    ]);
    expect(storageSlipProblems({ description: 'x'.repeat(201), quantity: 1 })[0].field).toBe('description');
    expect(storageSlipProblems({ description: 'box', quantity: 0 })).toEqual([
      { field: 'quantity', message: '1..999' },
    ]);
    expect(storageSlipProblems({ description: 'box', quantity: 1.5 })[0].field).toBe('quantity');
  });

  it('flags an item held past the policy days, never a returned one', () => {
    const stored = new Date('2026-03-01T02:00:00Z');
    const after = (days: number) => new Date(stored.getTime() + days * 86_400_000);
    expect(storageOverdue(stored, null, after(7), 7)).toBe(false);
    expect(storageOverdue(stored, null, after(7.01), 7)).toBe(true);
    expect(storageOverdue(stored, after(1), after(30), 7)).toBe(false);
  });
});
