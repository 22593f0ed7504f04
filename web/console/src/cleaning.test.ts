import { describe, expect, it } from 'vitest';
import { cleaningState, damagesInput } from './cleaning';

describe('vacant-unit cleaning dialog (R-TKT-16)', () => {
  it('R-TKT-16: blank damage rows are dropped, text trimmed and priority NORMAL by default', () => {
    expect(
      damagesInput([
        { description: '  窗户玻璃破裂 ', priority: 'EXPRESS' },
        { description: '   ' },
        {},
        { description: '门锁损坏' },
      ]),
    ).toEqual([
      { description: '窗户玻璃破裂', priority: 'EXPRESS' },
      { description: '门锁损坏', priority: 'NORMAL' },
    ]);
    expect(damagesInput(undefined)).toEqual([]);
  });

  it('R-TKT-16: overdue outranks due; neither gives no tag', () => {
    expect(cleaningState({ due: true, overdue: true })).toBe('overdue');
    expect(cleaningState({ due: true, overdue: false })).toBe('due');
    expect(cleaningState({ due: false, overdue: false })).toBeUndefined();
  });
});
