import { fillPlaceholders, templateProblems, unknownPlaceholders } from './letter.rules';

describe('R-CUS-9 letter templates', () => {
  it('fills every known placeholder, as often as it appears', () => {
    expect(
      fillPlaceholders('{customerName} of {unit}, {propertyName}, {date}: dear {customerName}', {
        customerName: '韩梅',
        unit: 'B-201',
        date: '2028-02-29',
        propertyName: 'Lifecycle Court',
      }),
    ).toBe('韩梅 of B-201, Lifecycle Court, 2028-02-29: dear 韩梅');
  });

  it('leaves placeholders without a value, and unknown names, as written', () => {
    expect(fillPlaceholders('{customerName}, unit {unit}, {other}', { unit: 'B-201' })).toBe(
      '{customerName}, unit B-201, {other}',
    );
  });

  it('a value holding braces is not filled again', () => {
    expect(fillPlaceholders('{customerName} {unit}', { customerName: '{unit}', unit: 'B-1' })).toBe(
      '{unit} B-1',
    );
  });

  it('names the unknown placeholders once each; {finding} belongs to rectification letters only', () => {
    expect(unknownPlaceholders('{unit} {customer} {customer} {date}')).toEqual(['customer']);
    expect(unknownPlaceholders('{unit}: {finding}', 'RECTIFICATION')).toEqual([]);
    expect(unknownPlaceholders('{unit}: {finding}', 'LETTER')).toEqual(['finding']);
  });

  it('refuses an empty name, an unknown kind, a long title and unknown placeholders', () => {
    expect(
      templateProblems({ name: ' ', kind: 'MEMO', title: 'x'.repeat(201), body: 'Dear {name}' }).map(
        (p) => p.field,
      ),
    ).toEqual(['name', 'kind', 'title', 'body']);
    expect(
      templateProblems({ name: 'Water', kind: 'LETTER', title: 'To {customerName}', body: 'b' }),
    ).toEqual([]);
  });
});
