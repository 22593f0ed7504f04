import { EntityManager } from '@mikro-orm/postgresql';
import { policyValues } from '@pm/policy';
import { DocumentLanguage } from './graphql';

/** What the company prints on every document (R-DOC-1), from its policy. */
export interface Letterhead {
  company: string;
  footer: string;
  seal?: Buffer;
  paymentMethods: string;
}

const KEYS = [
  'documents.companyName',
  'documents.companyNameEn',
  'documents.sealImage',
  'documents.footer',
  'documents.footerEn',
  'documents.paymentMethods',
  'documents.paymentMethodsEn',
];

/** The policy values of R-DOC-1 for a property on a date, in the document's language. */
export async function letterhead(
  em: EntityManager,
  property: { id: string; name: string },
  asOf: string,
  language: DocumentLanguage,
): Promise<Letterhead> {
  const v = (await policyValues(em, KEYS, property.id, asOf)) as Record<string, string>;
  return letterheadOf(v, property.name, language);
}

/** Pure part of `letterhead`: which value wins, in which language. */
export function letterheadOf(
  v: Record<string, string>,
  propertyName: string,
  language: DocumentLanguage,
): Letterhead {
  const en = language === DocumentLanguage.EN;
  const zhName = v['documents.companyName'] || `${propertyName}物业服务中心`;
  const enName =
    v['documents.companyNameEn'] ||
    (v['documents.companyName'] ? zhName : `${propertyName} Property Management Office`);
  return {
    company: en ? enName : zhName,
    footer: en ? v['documents.footerEn'] : v['documents.footer'],
    paymentMethods: en ? v['documents.paymentMethodsEn'] : v['documents.paymentMethods'],
    seal: decodeSeal(v['documents.sealImage']),
  };
}

export function decodeSeal(dataUrl: string | undefined): Buffer | undefined {
  const m = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl ?? '');
  return m ? Buffer.from(m[2], 'base64') : undefined;
}

/** zh-CN first; the English variant when asked. */
export const pick = (language: DocumentLanguage, zh: string, en: string) =>
  language === DocumentLanguage.EN ? en : zh;

/** 2026-11-20 → 2026年11月20日 (zh) or 20 Nov 2026 (en). */
export function printedDate(date: string, language: DocumentLanguage): string {
  const [y, m, d] = date.split('-').map(Number);
  if (language === DocumentLanguage.EN)
    return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
  return `${y}年${m}月${d}日`;
}

/** 2026-11 → 2026年11月 / Nov 2026. */
export function printedPeriod(period: string, language: DocumentLanguage): string {
  return printedDate(`${period}-01`, language).replace(/^1 /, '').replace(/1日$/, '');
}

/** A file name safe on every desktop: no path or control characters. */
export function fileNameOf(...parts: string[]): string {
  return `${parts
    .filter(Boolean)
    .join('-')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')}.pdf`;
}

export interface UnitLabel {
  building: string;
  number: string;
}

/** 3栋1203 (a bare building number gets 栋) / Bldg 3, 1203. */
export function unitLabel(u: UnitLabel | undefined | null, lang: DocumentLanguage): string {
  if (!u) return '—';
  if (lang === DocumentLanguage.EN) return `Bldg ${u.building.replace(/[栋座幢]$|号楼$/, '')}, ${u.number}`;
  return `${u.building}${/[栋座幢楼]$/.test(u.building) ? '' : '栋'}${u.number}`;
}
