import {
  DocumentLanguage as L,
  DocumentPage,
  Letterhead,
  UnitLabel,
  pick,
  printedDate,
  unitLabel,
} from '@pm/documents';

export interface VisitRecordData {
  visitId: string;
  propertyName: string;
  unit?: UnitLabel;
  customerName?: string;
  ticketKind: string;
  ticketDescription: string;
  /** Local date-times, "2026-11-20 14:05". */
  reportedAt: string;
  closedAt?: string;
  visitedAt: string;
  visitedOn: string;
  method: 'PHONE' | 'ON_SITE';
  satisfaction: number;
  customerSigned: boolean;
  note?: string | null;
  newIssue?: string | null;
  visitorName?: string;
  responsibleRole: string;
}

const KIND: Record<string, [string, string]> = {
  REPAIR: ['报修', 'Repair'],
  COMPLAINT: ['投诉', 'Complaint'],
  HELP: ['求助', 'Help request'],
  PATROL_FINDING: ['巡查发现', 'Patrol finding'],
};

const ROLE: Record<string, [string, string]> = {
  PROPERTY_ASSISTANT: ['物业助理', 'Property assistant'],
  CS_SUPERVISOR: ['客服主管', 'Customer-service supervisor'],
  SITE_MANAGER: ['管理处经理', 'Site manager'],
  ENGINEERING_SUPERVISOR: ['工程主管', 'Engineering supervisor'],
};

const SATISFACTION: [string, string][] = [
  ['很不满意', 'very dissatisfied'],
  ['不满意', 'dissatisfied'],
  ['一般', 'neutral'],
  ['满意', 'satisfied'],
  ['非常满意', 'very satisfied'],
];

/** "4 / 5 满意" — the score as recorded, with its word. */
export function satisfactionText(score: number, lang: L): string {
  const s = Math.min(5, Math.max(1, Math.round(score)));
  return `${'★'.repeat(s)}${'☆'.repeat(5 - s)}  ${s} / 5  ${pick(lang, ...SATISFACTION[s - 1])}`;
}

/** 回访记录 (R-DOC-5, R-VIS-3): an on-site visit is signed by the customer, a phone visit says so. */
export function visitRecordPage(d: VisitRecordData, h: Letterhead, lang: L): DocumentPage {
  const t = (zh: string, en: string) => pick(lang, zh, en);
  const kind = KIND[d.ticketKind] ? pick(lang, ...KIND[d.ticketKind]) : d.ticketKind;
  const role = ROLE[d.responsibleRole] ? pick(lang, ...ROLE[d.responsibleRole]) : d.responsibleRole;
  const onSite = d.method === 'ON_SITE';
  return {
    company: h.company,
    title: t('客户回访记录', 'Follow-up Visit Record'),
    subtitle: lang === L.EN ? '客户回访记录' : undefined,
    reference: `${t('编号', 'No.')} ${d.visitId.replace(/-/g, '').slice(-10).toUpperCase()}`,
    footer: h.footer,
    seal: h.seal,
    blocks: [
      {
        kind: 'fields',
        fields: [
          { label: t('物业项目', 'Property'), value: d.propertyName },
          { label: t('房号', 'Unit'), value: unitLabel(d.unit, lang) },
          { label: t('客户', 'Customer'), value: d.customerName ?? '—' },
          {
            label: t('回访方式', 'Method'),
            value: onSite ? t('上门回访', 'On site') : t('电话回访', 'By phone'),
          },
          { label: t('事项类别', 'Matter'), value: kind },
          { label: t('受理时间', 'Reported'), value: d.reportedAt },
          { label: t('办结时间', 'Closed'), value: d.closedAt ?? '—' },
          { label: t('回访时间', 'Visited'), value: d.visitedAt },
          { label: t('回访人', 'Visited by'), value: d.visitorName ?? '—' },
          { label: t('回访级别', 'Level'), value: role },
        ],
      },
      {
        kind: 'fields',
        perRow: 1,
        fields: [
          { label: t('事项内容', 'What was reported'), value: d.ticketDescription },
          { label: t('满意度', 'Satisfaction'), value: satisfactionText(d.satisfaction, lang) },
          { label: t('客户意见', 'Customer’s comments'), value: d.note || t('无', 'None') },
          {
            label: t('遗留问题', 'Open issue'),
            value: d.newIssue
              ? t(`${d.newIssue}（已转新工单跟进）`, `${d.newIssue} (followed up in a ticket)`)
              : t('无', 'None'),
          },
        ],
      },
      {
        kind: 'paragraph',
        text: onSite
          ? d.customerSigned
            ? t('上门回访，客户已签字确认。', 'On-site visit, confirmed by the customer’s signature.')
            : t('上门回访，待客户签字确认。', 'On-site visit, awaiting the customer’s signature.')
          : t('电话回访，无需客户签字。', 'Visit by phone; no signature needed.'),
      },
      {
        kind: 'signatures',
        labels: onSite
          ? [t('回访人', 'Visitor'), t('客户签字', 'Customer'), t('日期', 'Date')]
          : [t('回访人', 'Visitor'), t('日期', 'Date')],
      },
      { kind: 'signOff', lines: [h.company, printedDate(d.visitedOn, lang)] },
    ],
  };
}
