import { Button, Grid, Layout, Menu, Result, Space, Tag, Typography } from 'antd';
import { Suspense, lazy } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { setLang, useLang } from './i18n';
import { type Page, RolesContext, pagesFor } from './roles';

// Every page loads with its route: a person downloads the screens of their role, and the first
// chunk (React, antd, Apollo, the shell) stays under the 500 KB gzip budget (bench/README.md).
// ECharts is loaded only by those who open the dashboard.
const FrontDesk = lazy(() => import('./pages/FrontDesk').then((m) => ({ default: m.FrontDesk })));
const CustomerPage = lazy(() => import('./pages/Customer').then((m) => ({ default: m.CustomerPage })));
const RegisterCustomer = lazy(() =>
  import('./pages/RegisterCustomer').then((m) => ({ default: m.RegisterCustomer })),
);
const ShopInspections = lazy(() =>
  import('./pages/ShopInspections').then((m) => ({ default: m.ShopInspections })),
);
const VacantCleaning = lazy(() =>
  import('./pages/VacantCleaning').then((m) => ({ default: m.VacantCleaning })),
);
const Queue = lazy(() => import('./pages/Queue').then((m) => ({ default: m.Queue })));
const Dashboard = lazy(() => import('./pages/Dashboard'));
const PropertyDetail = lazy(() => import('./pages/PropertyDetail'));
const Finance = lazy(() => import('./pages/Finance').then((m) => ({ default: m.Finance })));
const Appraisal = lazy(() => import('./pages/Appraisal').then((m) => ({ default: m.Appraisal })));
const Admin = lazy(() => import('./pages/Admin').then((m) => ({ default: m.Admin })));

const NAV: Record<Page, string> = {
  'front-desk': 'nav.frontDesk',
  shops: 'nav.shops',
  queue: 'nav.queue',
  'vacant-cleaning': 'nav.vacantCleaning',
  finance: 'nav.finance',
  dashboard: 'nav.dashboard',
  admin: 'nav.admin',
  appraisal: 'nav.appraisal',
};

interface Props {
  slug: string;
  name: string;
  roles: string[];
  onLogout(): void;
}

export function Shell({ slug, name, roles, onLogout }: Props) {
  const { t, lang } = useLang();
  const { pathname } = useLocation();
  const wide = Grid.useBreakpoint().md;
  const pages = pagesFor(roles);
  const base = `/c/${slug}`;
  const current = pages.find((p) => pathname.startsWith(`${base}/${p}`));
  const staffRoles = roles.filter((r) => t(`roles.${r}`, { defaultValue: '' }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: wide ? 24 : 8,
          background: '#fff',
        }}
      >
        <Typography.Text strong style={{ whiteSpace: 'nowrap', fontSize: 16 }}>
          {wide ? t('app.title') : '物业'}
        </Typography.Text>
        {/* On a phone the pages scroll sideways: antd's overflow "…" hides items with aria-hidden
            while they stay focusable (axe-core's aria-hidden-focus). */}
        <Menu
          mode="horizontal"
          disabledOverflow={!wide}
          selectedKeys={current ? [current] : []}
          style={{
            flex: 1,
            minWidth: 0,
            borderBottom: 'none',
            ...(wide
              ? {}
              : {
                  display: 'flex',
                  flexWrap: 'nowrap',
                  whiteSpace: 'nowrap',
                  overflowX: 'auto',
                  overflowY: 'hidden',
                }),
          }}
          items={pages.map((p) => ({ key: p, label: <Link to={`${base}/${p}`}>{t(NAV[p])}</Link> }))}
        />
        <Space size={4}>
          {wide && (
            <>
              <Typography.Text>{name}</Typography.Text>
              {staffRoles.map((r) => (
                <Tag key={r}>{t(`roles.${r}`)}</Tag>
              ))}
            </>
          )}
          <Button size="small" type="text" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
            {t('app.language')}
          </Button>
          <Button size="small" onClick={onLogout}>
            {t('app.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: wide ? 24 : 8 }}>
        <RolesContext.Provider value={roles}>
          <Suspense fallback={t('app.loading')}>
            <Routes>
              {pages.includes('front-desk') && (
                <>
                  <Route path="front-desk" element={<FrontDesk />} />
                  <Route path="front-desk/customer/:id" element={<CustomerPage />} />
                  <Route path="front-desk/customers/new" element={<RegisterCustomer />} />
                </>
              )}
              {pages.includes('shops') && <Route path="shops" element={<ShopInspections />} />}
              {pages.includes('queue') && <Route path="queue" element={<Queue />} />}
              {pages.includes('vacant-cleaning') && (
                <Route path="vacant-cleaning" element={<VacantCleaning />} />
              )}
              {pages.includes('finance') && <Route path="finance" element={<Finance />} />}
              {pages.includes('appraisal') && <Route path="appraisal" element={<Appraisal />} />}
              {pages.includes('admin') && <Route path="admin" element={<Admin />} />}
              {pages.includes('dashboard') && (
                <>
                  <Route path="dashboard" element={<Dashboard base={base} />} />
                  <Route path="dashboard/property/:id" element={<PropertyDetail base={base} />} />
                </>
              )}
              <Route
                path="*"
                element={
                  pages.length ? (
                    <Navigate to={`${base}/${pages[0]}`} replace />
                  ) : (
                    <Result status="403" title={t('noAccess')} />
                  )
                }
              />
            </Routes>
          </Suspense>
        </RolesContext.Provider>
      </Layout.Content>
    </Layout>
  );
}
