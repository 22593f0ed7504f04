import { readFileSync } from 'fs';
import { createRequire } from 'module';
import path from 'path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PARTNER_SCOPES } from '../../../../libs/contracts/src/scopes';
import { DeveloperDocs, rulesOf } from './DeveloperDocs';
import { coordinatesOf, schemaReference } from './schema-reference';
import { sharedZh } from './schema-zh';
import { WEBHOOK_CHECK_JS } from './snippets';
import { signatureHeader } from '../../../../services/webhooks/src/delivery/delivery.signature';
import { SCHEMA_ZH } from './schema.zh-CN';

const root = path.resolve(__dirname, '../../../..');
const supergraph = readFileSync(path.join(root, 'gateway/supergraph.graphql'), 'utf8');
const rules = rulesOf(readFileSync(path.join(root, 'docs/domain-rules.md'), 'utf8'));
const types = schemaReference(supergraph);
const coordinates = coordinatesOf(types);
// A rule id some description cites (found, not written here: the rules catalogue counts literal ids).
const cited = coordinates.map((c) => /R-[A-Z]+-\d+/.exec(c.description)?.[0]).find(Boolean);

const render = (lang: 'zh-CN' | 'en') =>
  renderToStaticMarkup(
    createElement(DeveloperDocs, {
      lang,
      onLang: () => undefined,
      types,
      rules,
      gatewayUrl: 'https://api.example.com/graphql',
      keycloakUrl: 'https://id.example.com',
    }),
  );

describe('the developer page', () => {
  it('reads the supergraph: the API’s types with their members, without federation’s machinery', () => {
    const names = types.map((t) => t.name);
    expect(names.slice(0, 2)).toEqual(['Query', 'Mutation']);
    expect(names).toEqual(expect.arrayContaining(['Ticket', 'Bill', 'WebhookDeliveryConnection', 'Fen']));
    expect(names.filter((n) => /^(join__|link__|_)/.test(n))).toEqual([]);
    expect(coordinates.map((c) => c.coordinate)).toEqual(
      expect.arrayContaining([
        'Query.bills',
        'Query.bills(first:)',
        'BillStatus.PAID',
        'RecordPaymentInput.amountFen',
      ]),
    );
    expect(coordinates.length).toBeGreaterThan(2000);
  });

  it('has a zh-CN text for every schema coordinate, and none for a coordinate the schema lost', () => {
    const missing = coordinates.filter((c) => !SCHEMA_ZH[c.coordinate] && !sharedZh(c.description));
    if (missing.length) console.log(missing.map((c) => `${c.coordinate}\t${c.description}`).join('\n'));
    expect(missing.map((c) => c.coordinate)).toEqual([]);
    const known = new Set(coordinates.map((c) => c.coordinate));
    expect(Object.keys(SCHEMA_ZH).filter((k) => !known.has(k))).toEqual([]);
    // A translation is Chinese text, not the English copied over.
    expect(Object.entries(SCHEMA_ZH).filter(([, zh]) => !/[\u4e00-\u9fff]/.test(zh))).toEqual([]);
  });

  // Two full renders of 2,000 reference entries: seconds on a busy machine.
  it('renders in zh-CN and completely in English', { timeout: 60_000 }, () => {
    const zh = render('zh-CN');
    const en = render('en');
    // Substrings each page must hold (listed, so a failure names them rather than the whole page).
    const absent = (html: string, wanted: (string | RegExp)[]) =>
      wanted.filter((w) => (typeof w === 'string' ? !html.includes(w) : !w.test(html)));
    const both = [
      // The token request, the signature check, every scope and every error code.
      'grant_type=client_credentials',
      'https://id.example.com/realms/pm-&lt;slug&gt;/protocol/openid-connect/token',
      'timingSafeEqual',
      'X-PM-Signature',
      ...PARTNER_SCOPES.map((s) => s.name),
      ...['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'PERSISTED_QUERY_NOT_ALLOWED', 'INTERNAL'],
      // The schema reference and the rules its descriptions cite, linked.
      'id="RecordPaymentInput.idempotencyKey"',
      `id="rule-${rules[0].id}"`,
      `href="#rule-${cited}"`,
    ];
    expect(
      absent(zh, [...both, '开发者文档', '获取访问令牌（客户端凭证）', '本次收款的唯一键', /角色：[A-Z_]+/]),
    ).toEqual([]);
    expect(
      absent(en, [
        ...both,
        'Developer documentation',
        'Getting a token (client credentials)',
        'Your unique key for this payment',
        /Roles: [A-Z_]+/,
      ]),
    ).toEqual([]);
    // Each language shows its own text of the same field and of who may call an operation.
    expect(zh.includes('Your unique key for this payment') || /Roles: [A-Z_]+/.test(zh)).toBe(false);
    expect(en.includes('本次收款的唯一键') || /角色：[A-Z_]+/.test(en)).toBe(false);
  });

  it('shows a signature check that accepts the webhooks service’s signature and refuses a changed body or an old one', () => {
    const verify = new Function('require', `${WEBHOOK_CHECK_JS}; return verifyPmSignature;`)(
      createRequire(import.meta.url),
    ) as (secret: string, header: string, body: string) => boolean;
    const body = JSON.stringify({ id: 'e1', type: 'ticket.created', data: { ticketId: 't1' } });
    const now = Math.floor(Date.now() / 1000);
    expect(verify('whsec_test', signatureHeader('whsec_test', now, body), body)).toBe(true);
    expect(verify('whsec_test', signatureHeader('whsec_test', now, body), body.replace('t1', 't2'))).toBe(
      false,
    );
    expect(verify('whsec_other', signatureHeader('whsec_test', now, body), body)).toBe(false);
    expect(verify('whsec_test', signatureHeader('whsec_test', now - 3600, body), body)).toBe(false);
  });
});
