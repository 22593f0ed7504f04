import { DocumentLanguage as L } from './graphql';
import { decodeSeal, fileNameOf, letterheadOf, printedDate, printedPeriod, unitLabel } from './letterhead';

const defaults = {
  'documents.companyName': '',
  'documents.companyNameEn': '',
  'documents.sealImage': '',
  'documents.footer': '页脚',
  'documents.footerEn': 'footer',
  'documents.paymentMethods': '转账',
  'documents.paymentMethodsEn': 'transfer',
};

describe('letterhead (R-DOC-1)', () => {
  it('an unset company name prints the property’s office, in each language', () => {
    expect(letterheadOf(defaults, '翠湖花园', L.ZH_CN)).toEqual({
      company: '翠湖花园物业服务中心',
      footer: '页脚',
      paymentMethods: '转账',
      seal: undefined,
    });
    expect(letterheadOf(defaults, '翠湖花园', L.EN).company).toBe('翠湖花园 Property Management Office');
  });

  it('the company’s names win; English falls back to the Chinese name', () => {
    const v = { ...defaults, 'documents.companyName': '翠湖物业' };
    expect(letterheadOf(v, 'X', L.EN).company).toBe('翠湖物业');
    expect(letterheadOf({ ...v, 'documents.companyNameEn': 'Emerald Co.' }, 'X', L.EN).company).toBe(
      'Emerald Co.',
    );
  });

  it('reads a seal only from a PNG or JPEG data URL', () => {
    expect(decodeSeal('data:image/png;base64,iVBORw0KGgo=')).toEqual(Buffer.from('iVBORw0KGgo=', 'base64'));
    expect(decodeSeal('data:image/svg+xml;base64,PHN2Zz4=')).toBeUndefined();
    expect(decodeSeal('')).toBeUndefined();
  });
});

describe('printed values', () => {
  it('dates, periods, units and file names', () => {
    expect(printedDate('2026-01-05', L.ZH_CN)).toBe('2026年1月5日');
    expect(printedDate('2026-01-05', L.EN)).toBe('5 Jan 2026');
    expect(printedPeriod('2026-11', L.ZH_CN)).toBe('2026年11月');
    expect(printedPeriod('2026-11', L.EN)).toBe('Nov 2026');
    expect(unitLabel({ building: '3', number: '1203' }, L.ZH_CN)).toBe('3栋1203');
    expect(unitLabel({ building: 'A座', number: '501' }, L.ZH_CN)).toBe('A座501');
    expect(unitLabel({ building: '3栋', number: '1203' }, L.EN)).toBe('Bldg 3, 1203');
    expect(unitLabel(undefined, L.ZH_CN)).toBe('—');
    expect(fileNameOf('交款通知书', '3栋/1203', '2026-11')).toBe('交款通知书-3栋_1203-2026-11.pdf');
  });
});
