import {
  DocumentLanguage as L,
  DocumentPage,
  Letterhead,
  UnitLabel,
  pick,
  printedDate,
  unitLabel,
} from '@pm/documents';

export interface ReleasePassData {
  number: string;
  propertyName: string;
  unit?: UnitLabel;
  customerName: string;
  reason: string;
  goodsDescription?: string | null;
  validFrom: string;
  validUntil: string;
  issuedBy?: string | null;
  issuedOn: string;
}

/** What the gate scans: the pass number, checked with the releasePassCheck query (R-DOC-4). */
export const passQrData = (number: string) => number;

/** 放行条 (R-DOC-4, R-CUS-6). */
export function releasePassPage(d: ReleasePassData, h: Letterhead, lang: L): DocumentPage {
  const t = (zh: string, en: string) => pick(lang, zh, en);
  const valid =
    d.validFrom === d.validUntil
      ? printedDate(d.validFrom, lang)
      : t(
          `${printedDate(d.validFrom, lang)} 至 ${printedDate(d.validUntil, lang)}`,
          `${printedDate(d.validFrom, lang)} to ${printedDate(d.validUntil, lang)}`,
        );
  return {
    company: h.company,
    title: t('放 行 条', 'Release Pass'),
    subtitle: lang === L.EN ? '放行条' : undefined,
    reference: `${t('编号', 'No.')} ${d.number}`,
    footer: h.footer,
    seal: h.seal,
    blocks: [
      {
        kind: 'fields',
        fields: [
          { label: t('物业项目', 'Property'), value: d.propertyName },
          { label: t('房号', 'Unit'), value: unitLabel(d.unit, lang) },
          { label: t('客户', 'Customer'), value: d.customerName },
          {
            label: t('事由', 'Reason'),
            value: d.reason === 'MOVE_OUT' ? t('迁出搬离', 'Moving out') : t('物品搬出', 'Goods moved out'),
          },
          { label: t('有效日期', 'Valid on'), value: valid },
          { label: t('经办人', 'Issued by'), value: d.issuedBy || '—' },
        ],
      },
      {
        kind: 'fields',
        perRow: 1,
        fields: [
          { label: t('放行物品', 'Goods'), value: d.goodsDescription || t('（未填写）', '(not stated)') },
        ],
      },
      {
        kind: 'qr',
        data: passQrData(d.number),
        caption: [
          t('门岗扫码核验', 'Gate: scan to verify'),
          d.number,
          t(`仅限 ${valid} 有效`, `Valid ${valid} only`),
          t('费用已结清，准予放行。', 'Charges settled; cleared to leave.'),
        ],
      },
      {
        kind: 'list',
        items: [
          t(
            '本放行条须经门岗扫码核验，核验不通过或超出有效日期的不予放行。',
            'The gate scans and checks this pass; a pass that fails the check or is out of date is refused.',
          ),
          t(
            '门岗核对物品与所列相符后放行，并收存本放行条。',
            'The gate checks the goods against this list and keeps the pass.',
          ),
        ],
      },
      {
        kind: 'signatures',
        labels: [t('客户签字', 'Customer'), t('门岗核验人', 'Gate guard'), t('放行时间', 'Time out')],
      },
      { kind: 'signOff', lines: [h.company, printedDate(d.issuedOn, lang)] },
    ],
  };
}
