import {
  DocumentLanguage as L,
  DocumentPage,
  Letterhead,
  capitalAmount,
  pick,
  printedDate,
  printedPeriod,
  unitLabel,
  UnitLabel,
  yuanFigures,
} from '@pm/documents';
import { parseDecimal, Rounding } from '../common/money';

/**
 * What billing's notices say (R-DOC-2, R-DOC-3, R-DOC-5), as pure functions of what was recorded:
 * the service loads, these write, libs/documents lays out. zh-CN first, English complete.
 */

const KIND: Record<string, [string, string, string, string]> = {
  // kind: zh label, en label, zh quantity unit, en quantity unit
  MANAGEMENT: ['物业管理费', 'Management fee', '㎡', 'm²'],
  AIR_CONDITIONING: ['空调管理费', 'Air-conditioning fee', '㎡', 'm²'],
  WATER: ['水费', 'Water', '吨', 'm³'],
  ELECTRICITY: ['电费', 'Electricity', '度', 'kWh'],
  GAS: ['燃气费', 'Gas', '立方米', 'm³'],
  RENOVATION_MANAGEMENT: ['装修管理费', 'Renovation management fee', '㎡', 'm²'],
  REPAIR: ['有偿维修费', 'Paid repair', '', ''],
};

export function feeLabel(kind: string, lang: L, fallback: string): string {
  const k = KIND[kind];
  return k ? pick(lang, k[0], k[1]) : fallback;
}

export interface NoticeLine {
  kind: string;
  label: string;
  quantity?: number | null;
  unitPriceFen?: number | null;
  amountFen: number;
}

/** "120.5 ㎡ × ¥2.50" — what the amount was made of; blank for a repair. */
export function lineBasis(l: NoticeLine, lang: L): string {
  if (l.quantity == null || l.unitPriceFen == null) return '';
  const unit = KIND[l.kind] ? pick(lang, KIND[l.kind][2], KIND[l.kind][3]) : '';
  return `${Number(l.quantity)}${unit ? ` ${unit}` : ''} × ${yuanFigures(l.unitPriceFen)}`;
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A daily rate as the procedures write it: 0.0005 → 万分之五 (0.05%), 0.003 → 千分之三 (0.3%);
 * exact from the decimal text, never through a float.
 */
export function rateWords(rate: string, lang: L): string {
  const d = parseDecimal(rate);
  const pct = percent(d.num, d.den);
  for (const [base, word] of [
    [1000n, '千分之'],
    [10000n, '万分之'],
  ] as const) {
    const n = d.num * base;
    if (n % d.den === 0n) {
      const k = Number(n / d.den);
      if (k >= 1 && k <= 9)
        return lang === L.EN ? `${pct}% per day` : `每日${word}${ZH_DIGITS[k]}（${pct}%）`;
    }
  }
  return lang === L.EN ? `${pct}% per day` : `每日${pct}%`;
}

function percent(num: bigint, den: bigint): string {
  const scale = den.toString().length - 1;
  const s = (num * 100n).toString().padStart(scale + 1, '0');
  if (scale === 0) return s;
  return `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/0+$/, '').replace(/\.$/, '');
}

const ROUNDING: Record<Rounding, [string, string]> = {
  HALF_UP: ['四舍五入至分', 'rounded half up to the fen'],
  DOWN: ['舍去分以下', 'rounded down to the fen'],
  UP: ['分以下进位', 'rounded up to the fen'],
  HALF_EVEN: ['银行家舍入至分', 'rounded half to even to the fen'],
};

/** R-BIL-4 as printed on a notice. */
export function lateFeeRule(rate: string, rounding: Rounding, dueDate: string, lang: L): string {
  const r = ROUNDING[rounding] ?? ROUNDING.HALF_UP;
  return lang === L.EN
    ? `A late fee of ${rateWords(rate, lang)} of the overdue amount is charged for each day after ${printedDate(dueDate, lang)}, ${r[1]}.`
    : `逾期未缴的，自${printedDate(dueDate, lang)}次日起按欠费金额${rateWords(rate, lang)}按日加收滞纳金，${r[0]}。`;
}

export interface PaymentNoticeData {
  billId: string;
  period: string;
  issuedOn: string;
  dueDate: string;
  /** R-BIL-3: the collection window opens on this day and closes on the due date. */
  collectionOpensOn: string;
  propertyName: string;
  unit?: UnitLabel;
  customerName?: string;
  lines: NoticeLine[];
  totalFen: number;
  paidFen: number;
  lateFeeRate: string;
  rounding: Rounding;
}

/** A short reference printed on a notice: the tail of the id, which is random (the head is time). */
export const shortRef = (id: string) => id.replace(/-/g, '').slice(-10).toUpperCase();

/** 交款通知书 (R-DOC-2). */
export function paymentNoticePage(d: PaymentNoticeData, h: Letterhead, lang: L): DocumentPage {
  const t = (zh: string, en: string) => pick(lang, zh, en);
  const unit = unitLabel(d.unit, lang);
  const customer = d.customerName ?? '—';
  const owed = d.totalFen - d.paidFen;
  return {
    company: h.company,
    title: t('交款通知书', 'Payment Notice'),
    subtitle: lang === L.EN ? '交款通知书' : undefined,
    reference: `${t('编号', 'No.')} ${shortRef(d.billId)}`,
    footer: h.footer,
    seal: h.seal,
    blocks: [
      {
        kind: 'paragraph',
        size: 10.5,
        text: t(`尊敬的 ${d.customerName ?? '业主/住户'}：`, `Dear ${d.customerName ?? 'resident'},`),
      },
      {
        kind: 'paragraph',
        size: 10.5,
        text: t(
          `　　您好！现将 ${unit} ${printedPeriod(d.period, lang)} 应缴费用通知如下，请于 ${printedDate(d.dueDate, lang)} 前缴纳。`,
          `The charges of ${unit} for ${printedPeriod(d.period, lang)} are listed below. Please pay them by ${printedDate(d.dueDate, lang)}.`,
        ),
      },
      {
        kind: 'fields',
        fields: [
          { label: t('物业项目', 'Property'), value: d.propertyName },
          { label: t('房号', 'Unit'), value: unit },
          { label: t('客户', 'Customer'), value: customer },
          { label: t('费用所属期', 'Period'), value: printedPeriod(d.period, lang) },
          { label: t('通知日期', 'Issued on'), value: printedDate(d.issuedOn, lang) },
          { label: t('缴费截止日', 'Due date'), value: printedDate(d.dueDate, lang) },
          {
            label: t('集中收费期', 'Collection window'),
            value: t(
              `${printedDate(d.collectionOpensOn, lang)} 至 ${printedDate(d.dueDate, lang)}`,
              `${printedDate(d.collectionOpensOn, lang)} – ${printedDate(d.dueDate, lang)}`,
            ),
          },
        ],
      },
      {
        kind: 'table',
        columns: [
          { header: t('序号', 'No.'), width: 0.08, align: 'center' },
          { header: t('收费项目', 'Item'), width: 0.27 },
          { header: t('计费依据', 'Basis'), width: 0.4 },
          { header: t('金额（元）', 'Amount (CNY)'), width: 0.25, align: 'right' },
        ],
        rows: d.lines.map((l, i) => [
          String(i + 1),
          feeLabel(l.kind, lang, l.label),
          lineBasis(l, lang),
          yuanFigures(l.amountFen),
        ]),
        total: ['', t('合计', 'Total'), '', yuanFigures(d.totalFen)],
      },
      {
        kind: 'amount',
        label: t('合计金额（大写）', 'Total in words (大写)'),
        words: capitalAmount(d.totalFen),
        figures: yuanFigures(d.totalFen),
      },
      ...(d.paidFen > 0
        ? [
            {
              kind: 'fields' as const,
              fields: [
                { label: t('已缴金额', 'Paid'), value: yuanFigures(d.paidFen) },
                { label: t('尚欠金额', 'Still owed'), value: yuanFigures(owed) },
              ],
            },
          ]
        : []),
      { kind: 'heading', text: t('缴费须知', 'How to pay') },
      {
        kind: 'list',
        items: [
          t(
            `请于 ${printedDate(d.dueDate, lang)} 前缴清上述费用。`,
            `Please pay the charges above by ${printedDate(d.dueDate, lang)}.`,
          ),
          lateFeeRule(d.lateFeeRate, d.rounding, d.dueDate, lang),
          t(`缴费方式：${h.paymentMethods}`, `Ways to pay: ${h.paymentMethods}`),
          t(
            '如对账单有异议，请于截止日前向物业服务中心提出。',
            'Questions about this bill? Please raise them with the office before the due date.',
          ),
        ],
      },
      { kind: 'signOff', lines: [h.company, printedDate(d.issuedOn, lang)] },
    ],
  };
}

export interface DunningNoticeData extends PaymentNoticeData {
  round: number;
  /** The day of the round (its notice date). */
  noticeDate: string;
  monthsOverdue: number;
  /** Late fee as of the notice date. */
  lateFeeFen: number;
  /** The round's wording from the policy. */
  wording: string;
  validDays: number;
  validUntil: string;
}

const ROUND_ZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 催款通知书 (R-DOC-3) with its receipt slip. */
export function dunningNoticePage(d: DunningNoticeData, h: Letterhead, lang: L): DocumentPage {
  const t = (zh: string, en: string) => pick(lang, zh, en);
  const unit = unitLabel(d.unit, lang);
  const customer = d.customerName ?? '—';
  const owed = d.totalFen - d.paidFen;
  const due = owed + d.lateFeeFen;
  const roundText = t(`第${ROUND_ZH[d.round - 1] ?? d.round}次`, `Round ${d.round}`);
  return {
    company: h.company,
    title: t('催款通知书', 'Payment Reminder'),
    subtitle: t(`（${roundText}催款）`, `催款通知书 · ${roundText}`),
    reference: `${t('编号', 'No.')} ${shortRef(d.billId)}-${d.round}`,
    footer: h.footer,
    seal: h.seal,
    blocks: [
      {
        kind: 'paragraph',
        size: 10.5,
        text: t(`尊敬的 ${d.customerName ?? '业主/住户'}：`, `Dear ${d.customerName ?? 'resident'},`),
      },
      { kind: 'paragraph', size: 10.5, text: `${t('　　', '')}${d.wording}` },
      {
        kind: 'fields',
        fields: [
          { label: t('物业项目', 'Property'), value: d.propertyName },
          { label: t('房号', 'Unit'), value: unit },
          { label: t('客户', 'Customer'), value: customer },
          { label: t('催款轮次', 'Round'), value: roundText },
          { label: t('费用所属期', 'Period'), value: printedPeriod(d.period, lang) },
          { label: t('原缴费截止日', 'Was due on'), value: printedDate(d.dueDate, lang) },
          {
            label: t('逾期月数', 'Months overdue'),
            value: t(`${d.monthsOverdue}个月`, `${d.monthsOverdue}`),
          },
          { label: t('通知日期', 'Notice date'), value: printedDate(d.noticeDate, lang) },
        ],
      },
      {
        kind: 'fields',
        fields: [
          { label: t('应缴费用', 'Charges'), value: yuanFigures(d.totalFen) },
          { label: t('已缴金额', 'Paid'), value: yuanFigures(d.paidFen) },
          { label: t('欠费金额', 'Overdue'), value: yuanFigures(owed) },
          {
            label: t('滞纳金', 'Late fee'),
            value: t(
              `${yuanFigures(d.lateFeeFen)}（截至${printedDate(d.noticeDate, lang)}）`,
              `${yuanFigures(d.lateFeeFen)} (to ${printedDate(d.noticeDate, lang)})`,
            ),
          },
        ],
      },
      {
        kind: 'amount',
        label: t('合计应缴（大写）', 'Total in words (大写)'),
        words: capitalAmount(due),
        figures: yuanFigures(due),
      },
      {
        kind: 'list',
        items: [
          lateFeeRule(d.lateFeeRate, d.rounding, d.dueDate, lang),
          t(`缴费方式：${h.paymentMethods}`, `Ways to pay: ${h.paymentMethods}`),
          t(
            `本通知自发出之日起${d.validDays}日内有效（至 ${printedDate(d.validUntil, lang)}）。`,
            `This notice is valid for ${d.validDays} days from its date (until ${printedDate(d.validUntil, lang)}).`,
          ),
        ],
      },
      { kind: 'signOff', lines: [h.company, printedDate(d.noticeDate, lang)] },
      {
        kind: 'cutLine',
        text: t('请沿此线剪下，签收后交回物业服务中心', 'Cut here; sign and return to the office'),
      },
      {
        kind: 'paragraph',
        text: t('催款通知书签收回执', 'Receipt of the payment reminder'),
        bold: true,
        size: 11,
        align: 'center',
      },
      {
        kind: 'fields',
        fields: [
          { label: t('房号', 'Unit'), value: unit },
          { label: t('客户', 'Customer'), value: customer },
          { label: t('催款轮次', 'Round'), value: roundText },
          { label: t('合计应缴', 'Total to pay'), value: yuanFigures(due) },
          { label: t('通知编号', 'Notice No.'), value: `${shortRef(d.billId)}-${d.round}` },
          { label: t('通知日期', 'Notice date'), value: printedDate(d.noticeDate, lang) },
        ],
      },
      {
        kind: 'signatures',
        labels: [t('客户签收', 'Received by'), t('签收日期', 'Date'), t('送达人', 'Delivered by')],
      },
    ],
  };
}

export interface ReceiptData {
  receiptNumber: string;
  paidOn: string;
  propertyName: string;
  unit?: UnitLabel;
  customerName?: string;
  amountFen: number;
  unallocatedFen: number;
  bankReference?: string | null;
  reversed: boolean;
  allocations: { period: string; unit?: UnitLabel; amountFen: number }[];
}

/** 收据 (R-DOC-5, R-BIL-8): what the payment paid, bill by bill. */
export function receiptPage(d: ReceiptData, h: Letterhead, lang: L): DocumentPage {
  const t = (zh: string, en: string) => pick(lang, zh, en);
  const customer = d.customerName ?? '—';
  return {
    company: h.company,
    title: t('收  据', 'Receipt'),
    subtitle: lang === L.EN ? '收据' : undefined,
    reference: `${t('收据号', 'No.')} ${d.receiptNumber}`,
    footer: h.footer,
    seal: h.seal,
    blocks: [
      ...(d.reversed
        ? [
            {
              kind: 'paragraph' as const,
              bold: true,
              size: 14,
              align: 'center' as const,
              text: t('【已冲正 · 本收据作废】', '[REVERSED · this receipt is void]'),
            },
          ]
        : []),
      {
        kind: 'fields',
        fields: [
          { label: t('交款人', 'Paid by'), value: customer },
          { label: t('房号', 'Unit'), value: unitLabel(d.unit, lang) },
          { label: t('物业项目', 'Property'), value: d.propertyName },
          { label: t('收款日期', 'Received on'), value: printedDate(d.paidOn, lang) },
          { label: t('银行流水号', 'Bank reference'), value: d.bankReference || '—' },
          { label: t('收款方式', 'Method'), value: t('银行到账', 'Bank transfer') },
        ],
      },
      {
        kind: 'table',
        columns: [
          { header: t('序号', 'No.'), width: 0.08, align: 'center' },
          { header: t('收费项目', 'Item'), width: 0.42 },
          { header: t('房号', 'Unit'), width: 0.25 },
          { header: t('金额（元）', 'Amount (CNY)'), width: 0.25, align: 'right' },
        ],
        rows: [
          ...d.allocations.map((a, i) => [
            String(i + 1),
            t(`${printedPeriod(a.period, lang)}物业服务费用`, `Charges of ${printedPeriod(a.period, lang)}`),
            unitLabel(a.unit, lang),
            yuanFigures(a.amountFen),
          ]),
          ...(d.unallocatedFen > 0
            ? [
                [
                  String(d.allocations.length + 1),
                  t('预存（待抵扣）', 'Credit (kept for later bills)'),
                  '',
                  yuanFigures(d.unallocatedFen),
                ],
              ]
            : []),
        ],
        total: ['', t('合计', 'Total'), '', yuanFigures(d.amountFen)],
      },
      {
        kind: 'amount',
        label: t('金额（大写）', 'Amount in words (大写)'),
        words: capitalAmount(d.amountFen),
        figures: yuanFigures(d.amountFen),
      },
      {
        kind: 'signatures',
        labels: [t('收款单位（盖章）', 'Received for the company'), t('经办人', 'Cashier')],
      },
      { kind: 'signOff', lines: [h.company, printedDate(d.paidOn, lang)] },
    ],
  };
}
