import { DocumentLanguage as L } from '@pm/documents';
import { passQrData, releasePassPage } from './moveout.pages';

const pass = {
  number: 'RP-2026-000123',
  propertyName: '翠湖花园',
  unit: { building: '3', number: '1205' },
  customerName: '王五',
  reason: 'MOVE_OUT',
  goodsDescription: '冰箱一台',
  validFrom: '2026-12-10',
  validUntil: '2026-12-10',
  issuedBy: '赵前台',
  issuedOn: '2026-12-06',
};
const head = { company: '翠湖物业', footer: '页脚', paymentMethods: '' };

describe('release pass (R-DOC-4)', () => {
  it('prints number, customer, unit, goods, valid date, issuing staff and a QR code of the number', () => {
    const page = releasePassPage(pass, head, L.ZH_CN);
    const text = JSON.stringify(page.blocks);
    for (const s of [
      'RP-2026-000123',
      '王五',
      '3栋1205',
      '冰箱一台',
      '2026年12月10日',
      '赵前台',
      '迁出搬离',
      '门岗核验人',
    ])
      expect(text).toContain(s);
    expect(page.blocks.find((b) => b.kind === 'qr')).toMatchObject({ data: passQrData('RP-2026-000123') });
    expect(passQrData('RP-2026-000123')).toBe('RP-2026-000123');
  });

  it('a pass of several days names both ends; the English variant is complete', () => {
    const text = JSON.stringify(releasePassPage({ ...pass, validUntil: '2026-12-12' }, head, L.EN).blocks);
    expect(text).toContain('10 Dec 2026 to 12 Dec 2026');
    expect(text).toContain('Moving out');
    expect(text).toContain('Gate: scan to verify');
  });
});
