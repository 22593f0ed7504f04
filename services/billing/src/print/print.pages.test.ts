import { DocumentLanguage as L, DocumentPage, Letterhead, capitalAmount } from '@pm/documents';
import {
  dunningNoticePage,
  lateFeeRule,
  lineBasis,
  paymentNoticePage,
  rateWords,
  receiptPage,
} from './print.pages';

const head: Letterhead = {
  company: '翠湖物业管理有限公司',
  footer: '服务热线 0755-1234',
  paymentMethods: '银行转账',
};
const headEn: Letterhead = {
  company: 'Emerald Lake Property Co.',
  footer: 'Hotline 0755-1234',
  paymentMethods: 'Bank transfer',
};
const notice = {
  billId: '0195a7c2-1111-7000-8000-00000000abcd',
  period: '2026-11',
  issuedOn: '2026-11-28',
  dueDate: '2026-12-15',
  collectionOpensOn: '2026-12-01',
  propertyName: '翠湖花园',
  unit: { building: '3', number: '1203' },
  customerName: '张三',
  totalFen: 123456,
  paidFen: 0,
  lateFeeRate: '0.0005',
  rounding: 'HALF_UP' as const,
  lines: [
    { kind: 'MANAGEMENT', label: 'Management fee', quantity: 98.5, unitPriceFen: 250, amountFen: 24625 },
    { kind: 'WATER', label: 'Water', quantity: 12, unitPriceFen: 420, amountFen: 5040 },
    { kind: 'REPAIR', label: 'Paid repair', amountFen: 93791 },
  ],
};

/** Every string a page prints, in order: what a reader of the PDF sees, without the layout. */
function texts(page: DocumentPage): string {
  const out = [page.company, page.title, page.subtitle ?? '', page.reference ?? '', page.footer ?? ''];
  for (const b of page.blocks)
    switch (b.kind) {
      case 'fields':
        for (const f of b.fields) out.push(f.label, f.value);
        break;
      case 'table':
        out.push(...b.columns.map((c) => c.header), ...b.rows.flat(), ...(b.total ?? []));
        break;
      case 'amount':
        out.push(b.label, b.words, b.figures);
        break;
      case 'list':
        out.push(...b.items);
        break;
      case 'signatures':
        out.push(...b.labels);
        break;
      case 'signOff':
        out.push(...b.lines);
        break;
      case 'qr':
        out.push(b.data, ...b.caption);
        break;
      case 'heading':
      case 'paragraph':
      case 'cutLine':
        out.push(b.text);
        break;
    }
  return out.join('\n');
}

describe('payment notice (R-DOC-2)', () => {
  it('names company, property, unit, customer and period, every line, the total in figures and 大写, due date, late-fee rule and ways to pay', () => {
    const t = texts(paymentNoticePage(notice, head, L.ZH_CN));
    for (const s of [
      '交款通知书',
      '翠湖物业管理有限公司',
      '翠湖花园',
      '3栋1203',
      '张三',
      '2026年11月',
      '物业管理费',
      '98.5 ㎡ × ¥2.50',
      '¥246.25',
      '水费',
      '¥50.40',
      '有偿维修费',
      '¥937.91',
      '¥1,234.56',
      '壹仟贰佰叁拾肆元伍角陆分',
      '2026年12月15日',
      '每日万分之五（0.05%）',
      '缴费方式：银行转账',
      '服务热线 0755-1234',
    ])
      expect(t).toContain(s);
    expect(t).not.toContain('已缴金额');
  });

  it('R-BIL-3 the notice states the collection window, from its opening day to the due date', () => {
    expect(texts(paymentNoticePage(notice, head, L.ZH_CN))).toContain(
      '集中收费期\n2026年12月1日 至 2026年12月15日',
    );
    expect(texts(paymentNoticePage(notice, headEn, L.EN))).toContain(
      'Collection window\n1 Dec 2026 – 15 Dec 2026',
    );
  });

  it('a partly paid bill shows what is paid and what is still owed', () => {
    const t = texts(paymentNoticePage({ ...notice, paidFen: 100000 }, head, L.ZH_CN));
    expect(t).toContain('已缴金额');
    expect(t).toContain('¥1,000.00');
    expect(t).toContain('¥234.56');
  });

  it('has a complete English variant', () => {
    const t = texts(paymentNoticePage(notice, headEn, L.EN));
    for (const s of [
      'Payment Notice',
      'Emerald Lake Property Co.',
      'Bldg 3, 1203',
      'Management fee',
      'Nov 2026',
      '15 Dec 2026',
      '0.05% per day',
    ])
      expect(t).toContain(s);
    expect(t).toContain(capitalAmount(notice.totalFen));
    // Chinese only where it belongs: the 大写 amount, the original title, and names as registered.
    const allowed = [capitalAmount(notice.totalFen), '交款通知书', '大写', '张三', '翠湖花园'];
    expect((t.match(/[\u4e00-\u9fff]+/g) ?? []).filter((s) => !allowed.includes(s))).toEqual([]);
  });
});

describe('the late-fee rule as printed (R-BIL-4)', () => {
  it('writes the procedures’ words exactly from the decimal', () => {
    expect(rateWords('0.0005', L.ZH_CN)).toBe('每日万分之五（0.05%）');
    expect(rateWords('0.003', L.ZH_CN)).toBe('每日千分之三（0.3%）');
    expect(rateWords('0.001', L.ZH_CN)).toBe('每日千分之一（0.1%）');
    expect(rateWords('0.00035', L.ZH_CN)).toBe('每日0.035%');
    expect(rateWords('0.003', L.EN)).toBe('0.3% per day');
    expect(lateFeeRule('0.0005', 'DOWN', '2026-12-15', L.ZH_CN)).toBe(
      '逾期未缴的，自2026年12月15日次日起按欠费金额每日万分之五（0.05%）按日加收滞纳金，舍去分以下。',
    );
  });

  it('says what each amount was made of, in the unit of its meter', () => {
    expect(
      lineBasis(
        { kind: 'ELECTRICITY', label: 'Electricity', quantity: 180, unitPriceFen: 68, amountFen: 12240 },
        L.ZH_CN,
      ),
    ).toBe('180 度 × ¥0.68');
    expect(lineBasis({ kind: 'REPAIR', label: 'Paid repair', amountFen: 100 }, L.ZH_CN)).toBe('');
  });
});

describe('dunning notice (R-DOC-3)', () => {
  const d = {
    ...notice,
    paidFen: 23456,
    round: 2,
    noticeDate: '2026-12-23',
    monthsOverdue: 0,
    lateFeeFen: 400,
    wording: '这是第二次催款通知。',
    validDays: 30,
    validUntil: '2027-01-22',
  };

  it('states round, amounts, months overdue, the round’s wording, 30 days, and a slip to sign', () => {
    const t = texts(dunningNoticePage(d, head, L.ZH_CN));
    for (const s of [
      '催款通知书',
      '第二次',
      '这是第二次催款通知。',
      '¥1,234.56',
      '¥234.56',
      '¥1,000.00',
      '¥4.00',
      '¥1,004.00',
      '壹仟零肆元整',
      '0个月',
      '本通知自发出之日起30日内有效（至 2027年1月22日）',
      '催款通知书签收回执',
      '客户签收',
    ])
      expect(t).toContain(s);
  });
});

describe('receipt (R-DOC-5)', () => {
  it('lists what the payment paid and the credit kept, total in figures and 大写; a reversed one says it is void', () => {
    const r = {
      receiptNumber: 'RC2026-0000123',
      paidOn: '2026-12-03',
      propertyName: '翠湖花园',
      unit: notice.unit,
      customerName: '张三',
      amountFen: 130000,
      unallocatedFen: 6544,
      bankReference: 'B1',
      reversed: false,
      allocations: [{ period: '2026-11', unit: notice.unit, amountFen: 123456 }],
    };
    const t = texts(receiptPage(r, head, L.ZH_CN));
    for (const s of [
      '收  据',
      'RC2026-0000123',
      '张三',
      '¥1,234.56',
      '¥65.44',
      '¥1,300.00',
      '壹仟叁佰元整',
      '2026年12月3日',
    ])
      expect(t).toContain(s);
    expect(t).not.toContain('作废');
    expect(texts(receiptPage({ ...r, reversed: true }, head, L.ZH_CN))).toContain('本收据作废');
  });
});
