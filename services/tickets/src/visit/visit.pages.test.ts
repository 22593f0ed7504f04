import { DocumentLanguage as L } from '@pm/documents';
import { satisfactionText, visitRecordPage } from './visit.pages';

const head = { company: '翠湖物业', footer: '页脚', paymentMethods: '' };
const visit = {
  visitId: '0195a7c2-1111-7000-8000-00000000abcd',
  propertyName: '翠湖花园',
  unit: { building: '3', number: '1203' },
  customerName: '张三',
  ticketKind: 'COMPLAINT',
  ticketDescription: '楼上夜间噪音',
  reportedAt: '2026-11-20 09:00',
  closedAt: '2026-11-21 17:30',
  visitedAt: '2026-11-23 10:15',
  visitedOn: '2026-11-23',
  method: 'ON_SITE' as const,
  satisfaction: 4,
  customerSigned: true,
  note: '已解决',
  newIssue: null,
  visitorName: '李助理',
  responsibleRole: 'PROPERTY_ASSISTANT',
};
const strings = (p: ReturnType<typeof visitRecordPage>) =>
  JSON.stringify(p.blocks.map((b) => ('fields' in b ? b.fields : b)));

describe('visit record (R-DOC-5, R-VIS-3)', () => {
  it('an on-site visit has the customer’s signature line; a phone visit says none is needed', () => {
    const onSite = visitRecordPage(visit, head, L.ZH_CN);
    expect(onSite.title).toBe('客户回访记录');
    for (const s of [
      '翠湖花园',
      '3栋1203',
      '张三',
      '投诉',
      '上门回访',
      '楼上夜间噪音',
      '李助理',
      '物业助理',
      '已解决',
      '客户已签字确认',
      '客户签字',
    ])
      expect(strings(onSite)).toContain(s);
    const phone = strings(
      visitRecordPage({ ...visit, method: 'PHONE', customerSigned: false }, head, L.ZH_CN),
    );
    expect(phone).toContain('电话回访，无需客户签字');
    expect(phone).not.toContain('客户签字"');
  });

  it('writes the satisfaction score with its word, in each language', () => {
    expect(satisfactionText(4, L.ZH_CN)).toBe('★★★★☆  4 / 5  满意');
    expect(satisfactionText(1, L.EN)).toBe('★☆☆☆☆  1 / 5  very dissatisfied');
    const en = visitRecordPage(visit, head, L.EN);
    expect(en.title).toBe('Follow-up Visit Record');
    expect(strings(en)).toContain('On site');
  });
});
