import { useEffect, useMemo } from 'react';
import rulesMarkdown from '../../../../docs/domain-rules.md?raw';
import supergraph from '../../../../gateway/supergraph.graphql?raw';
import type { ConsoleConfig } from '../config';
import { setLang, useLang } from '../i18n';
import { DeveloperDocs, rulesOf } from './DeveloperDocs';
import { schemaReference } from './schema-reference';
import { DEV_TEXT } from './text';

/** The developer page with the console's language choice and the deployment's URLs. */
export default function DeveloperPage({ config }: { config: ConsoleConfig }) {
  const { lang } = useLang();
  const types = useMemo(() => schemaReference(supergraph), []);
  const rules = useMemo(() => rulesOf(rulesMarkdown), []);
  useEffect(() => {
    document.title = DEV_TEXT[lang].title;
  }, [lang]);
  return (
    <DeveloperDocs
      lang={lang}
      onLang={setLang}
      types={types}
      rules={rules}
      gatewayUrl={config.gatewayUrl}
      keycloakUrl={config.keycloakUrl}
    />
  );
}
