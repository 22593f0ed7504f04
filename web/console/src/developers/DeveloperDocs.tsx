import { Button, Input, Layout, Space, Table, Tag, Typography } from 'antd';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { ErrorCode } from '../../../../libs/contracts/src/roles';
import { PARTNER_SCOPES } from '../../../../libs/contracts/src/scopes';
import type { Lang } from '../format';
import { zhDescription } from './schema-zh';
import type { RefMember, RefType } from './schema-reference';
import { WEBHOOK_CHECK_JS } from './snippets';
import { DEV_TEXT } from './text';

/** One numbered rule of docs/domain-rules.md. */
export interface Rule {
  id: string;
  text: string;
}

/** The rules document's numbered entries (`- R-TKT-2 …`), in document order. */
export function rulesOf(markdown: string): Rule[] {
  return [...markdown.matchAll(/^- (R-[A-Z]+-\d+) (.+)$/gm)].map((m) => ({ id: m[1], text: m[2] }));
}

/**
 * Mirrors the gateway's HTTP_STATUS (libs/graphql/src/errors.ts): codes answered before execution
 * keep an HTTP status; every other error comes with 200 inside the GraphQL response.
 */
const HTTP_STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  QUERY_TOO_COMPLEX: 400,
  TIMEOUT: 504,
  PERSISTED_QUERY_NOT_ALLOWED: 403,
};

const Code = ({ children }: { children: string }) => (
  // Focusable: a block wider than the page scrolls, and the keyboard must reach it (axe).
  <pre className="dev-code" tabIndex={0}>
    <code>{children}</code>
  </pre>
);

/** Rule ids in a description become links to the rule further down the page. */
function withRuleLinks(text: string, known: Set<string>): ReactNode {
  const parts = text.split(/(R-[A-Z]+-\d+)/g);
  return parts.map((p, i) =>
    known.has(p) ? (
      <a key={i} href={`#rule-${p}`}>
        {p}
      </a>
    ) : (
      <Fragment key={i}>{p}</Fragment>
    ),
  );
}

export interface DeveloperDocsProps {
  lang: Lang;
  onLang: (lang: Lang) => void;
  types: RefType[];
  rules: Rule[];
  gatewayUrl: string;
  keycloakUrl: string;
}

/** Styles of the plain elements of the reference (and the code blocks). */
const STYLE = `
.dev-page a { text-decoration: underline; }
.dev-code { background: #f5f5f5; padding: 12px; overflow-x: auto; font-size: 13px; }
.dev-type-card { border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px 16px; margin-bottom: 12px; }
.dev-type-card h3 { margin: 0 0 8px; font-size: 16px; }
.dev-member { padding: 6px 0; border-top: 1px solid #f0f0f0; }
.dev-member code, .dev-args code { background: #f5f5f5; padding: 0 4px; border-radius: 4px; }
.dev-type { color: rgba(0, 0, 0, 0.6); }
.dev-args { margin-left: 20px; }
`;

/** The partner developer page: how to start, tokens, scopes, webhooks, limits, errors, schema. */
export function DeveloperDocs({ lang, onLang, types, rules, gatewayUrl, keycloakUrl }: DeveloperDocsProps) {
  const tx = DEV_TEXT[lang];
  const [filter, setFilter] = useState('');
  const known = useMemo(() => new Set(rules.map((r) => r.id)), [rules]);
  const describe = (coordinate: string, en: string) =>
    withRuleLinks(lang === 'en' ? en : zhDescription(coordinate, en), known);
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    if (!f) return types;
    return types.filter(
      (t) => t.name.toLowerCase().includes(f) || t.members.some((m) => m.name.toLowerCase().includes(f)),
    );
  }, [types, filter]);

  const tokenUrl = `${keycloakUrl}/realms/pm-<slug>/protocol/openid-connect/token`;
  const sections: [string, string][] = [
    ['start', tx.start.title],
    ['token', tx.token.title],
    ['scopes', tx.scopes.title],
    ['persisted', tx.persisted.title],
    ['webhooks', tx.webhooks.title],
    ['limits', tx.limits.title],
    ['errors', tx.errors.title],
    ['reference', tx.reference.title],
    ['rules', tx.rules.title],
  ];

  // Plain elements, not antd components: the reference has over 2,000 entries.
  const member = (m: RefMember, kind: RefType['kind']) => (
    <div key={m.coordinate} id={m.coordinate} className="dev-member">
      <code>{m.name}</code>
      {kind !== 'enum' && <span className="dev-type"> : {m.type}</span>}
      <div>{describe(m.coordinate, m.description)}</div>
      {m.args.length > 0 && (
        <div className="dev-args">
          <span className="dev-type">{tx.reference.args}</span>
          {m.args.map((a) => (
            <div key={a.coordinate} id={a.coordinate}>
              <code>{a.name}</code>
              <span className="dev-type"> : {a.type}</span> — {describe(a.coordinate, a.description)}
            </div>
          ))}
        </div>
      )}
    </div>
  );

  return (
    <Layout className="dev-page" style={{ minHeight: '100vh', background: '#fff' }}>
      <style>{STYLE}</style>
      <Layout.Content style={{ maxWidth: 1100, margin: '0 auto', padding: '24px 16px', width: '100%' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Typography.Title level={1} style={{ marginTop: 0 }}>
            {tx.title}
          </Typography.Title>
          <Button
            onClick={() => onLang(lang === 'en' ? 'zh-CN' : 'en')}
            lang={lang === 'en' ? 'zh-CN' : 'en'}
          >
            {tx.langSwitch}
          </Button>
        </Space>
        <Typography.Paragraph>{tx.lead}</Typography.Paragraph>
        <nav aria-label={tx.toc}>
          <Typography.Text strong>{tx.toc}</Typography.Text>
          <ol>
            {sections.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ol>
        </nav>

        <Typography.Title level={2} id="start">
          {tx.start.title}
        </Typography.Title>
        <ol>
          {tx.start.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>

        <Typography.Title level={2} id="token">
          {tx.token.title}
        </Typography.Title>
        <Typography.Paragraph>{tx.token.intro}</Typography.Paragraph>
        <Typography.Paragraph>{tx.token.curl}</Typography.Paragraph>
        <Code>{`TOKEN=$(curl -s ${tokenUrl} \\
  -d grant_type=client_credentials \\
  -d client_id="$CLIENT_ID" --data-urlencode client_secret="$CLIENT_SECRET" | jq -r .access_token)

curl -s ${gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\
  -d '{"query":"{ me { tenantId roles propertyIds } }"}'`}</Code>
        <Typography.Paragraph>{tx.token.js}</Typography.Paragraph>
        <Code>{`async function getToken(tokenUrl, clientId, clientSecret) {
  const res = await fetch(tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  if (!res.ok) throw new Error(\`token endpoint answered \${res.status}\`);
  const { access_token, expires_in } = await res.json(); // expires_in: seconds (900)
  return { token: access_token, expiresAt: Date.now() + expires_in * 1000 };
}

async function graphql(token, query, variables = {}) {
  const res = await fetch('${gatewayUrl}', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: \`Bearer \${token}\` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw Object.assign(new Error(body.errors[0].message), { code: body.errors[0].extensions?.code });
  return body.data;
}`}</Code>
        <Typography.Paragraph>{tx.token.claims}</Typography.Paragraph>
        <Typography.Paragraph>{tx.call.intro}</Typography.Paragraph>

        <Typography.Title level={2} id="scopes">
          {tx.scopes.title}
        </Typography.Title>
        <Typography.Paragraph>{tx.scopes.intro}</Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          rowKey="name"
          dataSource={[
            ...PARTNER_SCOPES.map((s) => ({ name: s.name, gives: lang === 'en' ? s.en : s.zh })),
            { name: tx.scopes.none, gives: tx.scopes.noneGives },
          ]}
          columns={[
            {
              title: tx.scopes.scope,
              dataIndex: 'name',
              render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
            },
            { title: tx.scopes.gives, dataIndex: 'gives' },
          ]}
        />
        <Typography.Paragraph style={{ marginTop: 12 }}>{tx.scopes.missing}</Typography.Paragraph>

        <Typography.Title level={2} id="persisted">
          {tx.persisted.title}
        </Typography.Title>
        <Typography.Paragraph>{tx.persisted.intro}</Typography.Paragraph>
        <Typography.Paragraph>{tx.persisted.register}</Typography.Paragraph>
        <Code>{`mutation {
  registerPartnerOperations(clientId: "<clientId>", documents: ["query OpenRepairs { tickets(filter: { kind: REPAIR, status: OPEN }) { totalCount } }"])
}`}</Code>
        <Typography.Paragraph>{tx.persisted.run}</Typography.Paragraph>
        <Code>{`curl -s ${gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\
  -d '{"id":"<sha256 hex of the document>","variables":{}}'`}</Code>
        <Typography.Paragraph>{tx.persisted.errors}</Typography.Paragraph>

        <Typography.Title level={2} id="webhooks">
          {tx.webhooks.title}
        </Typography.Title>
        <Typography.Paragraph>{tx.webhooks.intro}</Typography.Paragraph>
        <Typography.Paragraph>{tx.webhooks.headers}</Typography.Paragraph>
        <Typography.Paragraph>{tx.webhooks.check}</Typography.Paragraph>
        <Code>{WEBHOOK_CHECK_JS}</Code>
        <Typography.Paragraph>{withRuleLinks(tx.webhooks.retries, known)}</Typography.Paragraph>

        <Typography.Title level={2} id="limits">
          {tx.limits.title}
        </Typography.Title>
        <Typography.Paragraph>{tx.limits.intro}</Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          showHeader={false}
          rowKey="0"
          dataSource={tx.limits.rows.map(([what, limit]) => ({ 0: what, 1: limit }))}
          columns={[{ dataIndex: '0' }, { dataIndex: '1' }]}
        />
        <Typography.Paragraph style={{ marginTop: 12 }}>{tx.limits.refusal}</Typography.Paragraph>

        <Typography.Title level={2} id="errors">
          {tx.errors.title}
        </Typography.Title>
        <Typography.Paragraph>{tx.errors.intro}</Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={Object.values(ErrorCode).map((code) => ({
            code,
            meaning: withRuleLinks(tx.errorMeaning[code] ?? '', known),
            http: HTTP_STATUS[code] ?? 200,
          }))}
          columns={[
            {
              title: tx.errors.code,
              dataIndex: 'code',
              render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
            },
            { title: tx.errors.meaning, dataIndex: 'meaning' },
            { title: tx.errors.http, dataIndex: 'http' },
          ]}
        />

        <Typography.Title level={2} id="reference">
          {tx.reference.title}
        </Typography.Title>
        <Typography.Paragraph>{tx.reference.intro}</Typography.Paragraph>
        <Input.Search
          allowClear
          placeholder={tx.reference.filter}
          aria-label={tx.reference.filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ maxWidth: 360, marginBottom: 16 }}
        />
        {shown.length === 0 && <Typography.Paragraph>{tx.reference.noMatch}</Typography.Paragraph>}
        {shown.map((t) => (
          <section key={t.name} id={t.name} className="dev-type-card">
            <h3>
              {t.name} <Tag>{tx.reference.kinds[t.kind]}</Tag>
            </h3>
            <p>{describe(t.coordinate, t.description)}</p>
            {t.members.length > 0 && (
              <span className="dev-type">
                {t.kind === 'enum' ? tx.reference.values : tx.reference.fields}
              </span>
            )}
            {t.members.map((m) => member(m, t.kind))}
          </section>
        ))}

        <Typography.Title level={2} id="rules">
          {tx.rules.title}
        </Typography.Title>
        <Typography.Paragraph>{tx.rules.intro}</Typography.Paragraph>
        <ul>
          {rules.map((r) => (
            <li key={r.id} id={`rule-${r.id}`}>
              <Typography.Text strong>{r.id}</Typography.Text> {r.text}
            </li>
          ))}
        </ul>
      </Layout.Content>
    </Layout>
  );
}
