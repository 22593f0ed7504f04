import { capitalAmount, yuanFigures } from './capital';

describe('capitalAmount (大写金额)', () => {
  it.each([
    [0, '零元整'],
    [10_00, '壹拾元整'],
    [100_001_00, '壹拾万零壹元整'],
    [99_999_999_99, '玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('the amounts of the issue: %i fen → %s', (fen, words) => {
    expect(capitalAmount(fen)).toBe(words);
  });

  it.each([
    [1, '壹分'],
    [50, '伍角'],
    [55, '伍角伍分'],
    [1_00, '壹元整'],
    [1_05, '壹元零伍分'],
    [1_50, '壹元伍角'],
    [10_05, '壹拾元零伍分'],
    [15_00, '壹拾伍元整'],
    [101_00, '壹佰零壹元整'],
    [110_00, '壹佰壹拾元整'],
    [1_001_00, '壹仟零壹元整'],
    [1_010_00, '壹仟零壹拾元整'],
    [10_000_00, '壹万元整'],
    [10_001_00, '壹万零壹元整'],
    [10_100_00, '壹万零壹佰元整'],
    [11_000_00, '壹万壹仟元整'],
    [100_000_00, '壹拾万元整'],
    [1_000_001_00, '壹佰万零壹元整'],
    [10_010_000_00, '壹仟零壹万元整'],
    [100_000_000_00, '壹亿元整'],
    [100_001_000_00, '壹亿零壹仟元整'],
    [100_100_000_00, '壹亿零壹拾万元整'],
    [1_234_56, '壹仟贰佰叁拾肆元伍角陆分'],
    [-3_00, '负叁元整'],
  ])('%i fen → %s', (fen, words) => {
    expect(capitalAmount(fen)).toBe(words);
  });

  it('refuses what is not whole fen', () => {
    expect(() => capitalAmount(1.5)).toThrow(RangeError);
    expect(() => capitalAmount(Number.NaN)).toThrow(RangeError);
  });
});

describe('yuanFigures', () => {
  it('writes yuan with thousands separators and two decimals', () => {
    expect(yuanFigures(0)).toBe('¥0.00');
    expect(yuanFigures(10_00)).toBe('¥10.00');
    expect(yuanFigures(100_001_00)).toBe('¥100,001.00');
    expect(yuanFigures(99_999_999_99)).toBe('¥99,999,999.99');
    expect(yuanFigures(-5)).toBe('-¥0.05');
  });
});
