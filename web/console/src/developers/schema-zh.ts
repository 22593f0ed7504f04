import { SCHEMA_ZH } from './schema.zh-CN';

/**
 * Texts every connection shares (libs/graphql connection.ts): translated once here, by their
 * English wording, instead of once per list in the map.
 */
const SHARED: [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    /^One page of (\w+) items \(Relay connection/,
    (m) => `${m[1]} 的一页结果（Relay 连接：游标 after 之后的 first 项）。`,
  ],
  [/^One (\w+) of a page, with its cursor\.$/, (m) => `一页中的一个 ${m[1]} 及其游标。`],
  [/^The (\w+) of this edge\.$/, (m) => `该条目中的 ${m[1]}。`],
  [/^The items of this page, in list order\.$/, () => '本页的各项，按列表顺序。'],
  [/^Where this page ends and whether more follows\.$/, () => '本页的结束位置及是否还有更多。'],
  [/^Items in the whole list, all pages together\.$/, () => '整个列表的项数（所有页合计）。'],
  [/^Opaque cursor of this item/, () => '该项的不透明游标：作为 after 传入以读取其后的项。'],
  [/^Page size: 1–(\d+) items, default (\d+)\.$/, (m) => `每页条数：1–${m[1]}，默认 ${m[2]}。`],
  [
    /^Cursor of the last item already read \(PageInfo\.endCursor\); absent for the first page\.$/,
    () => '已读取的最后一项的游标（PageInfo.endCursor）；第一页不填。',
  ],
];

/** The shared translation of an English text, if it is one of the connections' own. */
export function sharedZh(en: string): string | undefined {
  for (const [re, zh] of SHARED) {
    const m = en.match(re);
    if (m) return zh(m);
  }
  return undefined;
}

/** Who may call a root field: libs/graphql appends it to the English from the field's roles. */
const CALLERS = /\s*(?:Roles: ([A-Z_, ]+)\.|(Any signed-in staff member or partner app\.))$/;

/** The English without its callers sentence, and that sentence in zh-CN. */
export function splitCallers(en: string): { text: string; zhCallers: string } {
  const m = CALLERS.exec(en);
  if (!m) return { text: en, zhCallers: '' };
  const zhCallers = m[1] ? `角色：${m[1].split(', ').join('、')}。` : '任何已登录的员工或对接应用。';
  return { text: en.slice(0, m.index), zhCallers };
}

/** zh-CN text of a schema coordinate: the map's, else the shared one, else the English. */
export function zhDescription(coordinate: string, en: string): string {
  const { text, zhCallers } = splitCallers(en);
  return (SCHEMA_ZH[coordinate] ?? sharedZh(text) ?? text) + zhCallers;
}
