import { householdProblems, keyProblems, keySplit } from './handover.rules';

describe('R-CUS-12 move-in handover rules', () => {
  const keys = [
    { label: '入户门', quantity: 3 },
    { label: '信箱', quantity: 2 },
  ];

  it('keeps the policy number of entry-door keys back while defects are open, never all of them', () => {
    expect(keySplit(keys, true, 1)).toEqual([
      { label: '入户门', issued: 2, retained: 1 },
      { label: '信箱', issued: 2, retained: 0 },
    ]);
    expect(keySplit(keys, false, 1).map((k) => k.retained)).toEqual([0, 0]);
    expect(keySplit(keys, true, 5)[0]).toEqual({ label: '入户门', issued: 1, retained: 2 });
    expect(keySplit([{ label: '入户门', quantity: 1 }], true, 1)[0]).toEqual({
      label: '入户门',
      issued: 1,
      retained: 0,
    });
  });

  it('registers named keys, each kind once', () => {
    expect(keyProblems(keys)).toEqual([]);
    expect(keyProblems([])[0].field).toBe('keys');
    expect(keyProblems([{ label: '入户门', quantity: 0 }])).toEqual([
      { field: 'keys', message: 'each quantity 1..20' },
    ]);
    expect(keyProblems([...keys, { label: '信箱', quantity: 1 }])).toEqual([
      { field: 'keys', message: 'each label once' },
    ]);
  });

  it('takes a complete household form only', () => {
    const form = {
      members: [{ name: '韩梅', relation: '本人', phone: '13900002222' }],
      emergencyContact: '李雷',
      emergencyPhone: '13900003333',
    };
    expect(householdProblems(form)).toEqual([]);
    expect(householdProblems({ ...form, members: [] })[0].field).toBe('members');
    expect(householdProblems({ ...form, emergencyPhone: 'call me' })).toEqual([
      { field: 'emergencyPhone', message: 'a phone number' },
    ]);
    expect(householdProblems({ ...form, members: [{ name: '韩梅', relation: ' ' }] })[0].field).toBe(
      'members',
    );
  });
});
