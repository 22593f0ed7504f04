import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, Button, ConfigProvider, Result, Spin, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { User } from 'oidc-client-ts';
import { useEffect, useMemo, useState } from 'react';
import {
  BrowserRouter,
  Navigate,
  Route,
  Routes,
  useLocation,
  useNavigate,
  useParams,
} from 'react-router-dom';
import { apolloClient } from './apollo';
import { SLUG, rememberCompany, rolesOf, userManager } from './auth';
import type { ConsoleConfig } from './config';
import { DeveloperRoute } from './developers/route';
import i18n, { useLang } from './i18n';
import { CompanyEntry } from './pages/CompanyEntry';
import { Shell } from './Shell';

/**
 * antd's colours darkened to WCAG AA contrast (4.5:1) for text on white and on the light tag
 * backgrounds (axe-core checks it in the browser suite): the default blue, green, gold, orange and
 * grey text read at 2–4:1. Links and "processing" take colorInfo/colorLink, not colorPrimary.
 */
const BLUE = '#1458c8';
const THEME: ThemeConfig = {
  token: {
    colorPrimary: BLUE,
    colorInfo: BLUE,
    colorLink: BLUE,
    colorSuccess: '#237804',
    colorWarning: '#874d00',
    colorError: '#cf1322',
    // The light backgrounds of status tags and alerts: derived from the dark seeds they turn murky.
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Preset tag colours: their text is the 7th shade of the seed.
    green: '#237804',
    gold: '#ad6800',
    orange: '#ad4e00',
    volcano: '#ad2102',
    blue: BLUE,
  },
};

export function App({ config }: { config: ConsoleConfig }) {
  const { lang } = useLang();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={THEME}>
      <AntApp>
        <BrowserRouter>
          <Routes>
            <Route path="/" element={<CompanyEntry />} />
            <Route path="/developers" element={<DeveloperRoute config={config} />} />
            <Route path="/c/:slug/callback" element={<Callback config={config} />} />
            <Route path="/c/:slug/*" element={<Company config={config} />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

function Waiting({ text }: { text: string }) {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" description={text} />
    </div>
  );
}

// The code in the callback URL is good once: React's development double effects must not spend it twice.
const callbacks = new Map<string, Promise<User>>();

function Callback({ config }: { config: ConsoleConfig }) {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { t } = useLang();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const url = window.location.href;
    if (!callbacks.has(url)) callbacks.set(url, userManager(config, slug).signinRedirectCallback(url));
    callbacks.get(url)!.then(
      (user) => {
        rememberCompany(slug);
        navigate((user.state as string | undefined) ?? `/c/${slug}/`, { replace: true });
      },
      (e: Error) => setError(e.message),
    );
  }, [config, slug, navigate]);
  if (error)
    return (
      <Result
        status="error"
        title={t('auth.failed', { reason: error })}
        extra={<Button href={`/c/${slug}/`}>{t('auth.retry')}</Button>}
      />
    );
  return <Waiting text={t('auth.signingIn')} />;
}

/** Everything under /c/<slug>/ needs a login to that company's realm; without one it goes to Keycloak. */
function Company({ config }: { config: ConsoleConfig }) {
  const { slug = '' } = useParams();
  const location = useLocation();
  const { t } = useLang();
  const users = useMemo(() => (SLUG.test(slug) ? userManager(config, slug) : undefined), [config, slug]);
  const [user, setUser] = useState<User | null>();
  useEffect(() => {
    if (!users) return;
    let live = true;
    void users.getUser().then((u) => {
      if (!live) return;
      if (u && !u.expired) setUser(u);
      // Keycloak's login page in the console's language (Keycloak names Simplified Chinese zh-Hans).
      else
        void users.signinRedirect({
          state: location.pathname + location.search,
          extraQueryParams: { ui_locales: i18n.language === 'en' ? 'en' : 'zh-Hans' },
        });
    });
    const loaded = (u: User) => setUser(u);
    const gone = () => void users.removeUser().then(() => users.signinRedirect());
    users.events.addUserLoaded(loaded);
    users.events.addSilentRenewError(gone);
    users.events.addAccessTokenExpired(gone);
    return () => {
      live = false;
      users.events.removeUserLoaded(loaded);
      users.events.removeSilentRenewError(gone);
      users.events.removeAccessTokenExpired(gone);
    };
    // Only a new company starts a new session; the login target is the page it started on.
  }, [users]);
  const client = useMemo(() => (users ? apolloClient(config.gatewayUrl, users) : undefined), [config, users]);
  if (!users) return <Navigate to="/" replace />;
  if (!user || !client) return <Waiting text={t('auth.signingIn')} />;
  return (
    <ApolloProvider client={client}>
      <Shell
        slug={slug}
        name={(user.profile.name as string | undefined) ?? user.profile.preferred_username ?? ''}
        roles={rolesOf(user.access_token)}
        onLogout={() => void users.signoutRedirect()}
      />
    </ApolloProvider>
  );
}
