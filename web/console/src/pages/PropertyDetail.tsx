import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Chart } from '../components/Chart';
import { KpiCell } from '../components/Kpi';
import { KpiTrendCard } from '../components/KpiTrend';
import { errorText } from '../errors';
import { type Measure, formatDateTime, formatFen, lastMonths, periodOf } from '../format';
import { graphql } from '../gql';
import type { TicketFilter, TicketStatus } from '../gql/graphql';
import { useLang } from '../i18n';
import { Empty } from '../components/Empty';
import { Pager, useCursorPages } from '../components/Pager';
import { PropertyBills } from './PropertyBills';
import { PropertyVisits } from './PropertyVisits';
import { KPIS, type KpiKey, type Trend, measureTrend, measuresOf } from '../trend';

const PROPERTY = graphql(`
  query PropertyDrill($id: ID!, $period: String!) {
    property(id: $id) {
      ...PropertyKpis
      serviceKpis(period: $period) {
        visitTasksSampled
        visitTasksDone
      }
      billingKpis(period: $period) {
        bills
        paidBills
        arrearsByStage {
          stage
          customers
          overdueFen
        }
      }
    }
  }
`);

// The tickets behind the service KPIs: all, the overdue ones (response and resolution deadlines),
// or one status; a page at a time.
const TICKETS = graphql(`
  query PropertyTickets($filter: TicketFilter!, $first: Int!, $after: String) {
    tickets(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          status
          description
          createdAt
        }
      }
    }
  }
`);

const TICKETS_PER_PAGE = 20;
type TicketView = 'ALL' | 'OVERDUE' | TicketStatus;
const VIEWS: TicketView[] = ['ALL', 'OVERDUE', 'OPEN', 'DISPATCHED', 'ON_SITE', 'COMPLETED'];

// The property's 12-month trends: one measure per KPI and month, batched by each subgraph.
const TREND = graphql(`
  query PropertyTrend($id: ID!, $from: String!, $to: String!) {
    property(id: $id) {
      id
      serviceKpiTrend(from: $from, to: $to) {
        period
        response {
          ...Measure
        }
        resolution {
          ...Measure
        }
        satisfaction {
          ...Measure
        }
        timely {
          ...Measure
        }
        followUp {
          ...Measure
        }
      }
      billingKpiTrend(from: $from, to: $to) {
        period
        collection {
          ...Measure
        }
      }
      customerKpiTrend(from: $from, to: $to) {
        period
        churn {
          ...Measure
        }
        dataErrors {
          ...Measure
        }
        visitPlan {
          ...Measure
        }
      }
    }
  }
`);

/** One property from the dashboard: every KPI of the month, its arrears by age and the tickets behind them. */
export default function PropertyDetail({ base }: { base: string }) {
  const { id = '' } = useParams();
  const { t, lang } = useLang();
  const [search] = useSearchParams();
  // From the collection rate to the bills behind it (?bills=UNPAID), like ?tickets= for tickets.
  const billsShown = search.get('bills') === 'UNPAID';
  const unpaidLink = new URLSearchParams(search);
  unpaidLink.set('bills', 'UNPAID');
  // From the follow-up handling rate (R-KPI-7) to the sampled visits not handled (?visits=NOT_HANDLED).
  const visitsShown = search.get('visits') === 'NOT_HANDLED';
  const visitsLink = new URLSearchParams(search);
  visitsLink.set('visits', 'NOT_HANDLED');
  // A link may name the month (`?period=2026-11`), as on the dashboard; else this month's.
  const linked = /^\d{4}-(0[1-9]|1[0-2])$/.test(search.get('period') ?? '') ? search.get('period')! : null;
  const months = useMemo(() => lastMonths(linked ?? periodOf(new Date())), [linked]);
  const [period, setPeriod] = useState(months[0]);
  const q = useQuery(PROPERTY, { variables: { id, period } });
  const p = q.data?.property;
  const trendMonths = useMemo(() => lastMonths(period).reverse(), [period]);
  const tq = useQuery(TREND, { variables: { id, from: trendMonths[0], to: period } });
  const trends = useMemo(() => {
    const tp = tq.data?.property;
    if (!tp) return {};
    const rows = (key: KpiKey) =>
      [...tp.serviceKpiTrend, ...tp.billingKpiTrend, ...tp.customerKpiTrend].flatMap((r) =>
        key in r ? [{ period: r.period, m: (r as unknown as Record<KpiKey, Measure>)[key] }] : [],
      );
    return Object.fromEntries(KPIS.map(({ key }) => [key, measureTrend(trendMonths, rows(key))])) as Record<
      KpiKey,
      Trend
    >;
  }, [tq.data, trendMonths]);
  // The measures hold the targets in force for this property, its own overrides included.
  const ms = p && measuresOf(p);
  const k = (key: string) => t(`dashboard.kpi.${key}`);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Link to={`${base}/dashboard`}>← {t('dashboard.back')}</Link>
      {q.error && <Alert type="error" title={errorText(q.error, t)} />}
      {p && (
        <Card
          title={p.name}
          extra={
            <Select
              aria-label={t('dashboard.period')}
              value={period}
              onChange={setPeriod}
              options={months.map((m) => ({ value: m, label: m }))}
              style={{ width: 120 }}
            />
          }
        >
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              ['tickets', p.serviceKpis.tickets],
              ...KPIS.map((kpi) => [
                kpi.label,
                <KpiCell key={kpi.key} m={ms![kpi.key]} score={'score' in kpi} name={kpi.key} />,
              ]),
              [
                'openVisits',
                <Link key="visits" to={{ search: visitsLink.toString() }} data-drill="open-visits">
                  {t('dashboard.openVisitsCount', {
                    count: p.serviceKpis.visitTasksSampled - p.serviceKpis.visitTasksDone,
                  })}
                </Link>,
              ],
              ['billed', formatFen(p.billingKpis.billedFen, lang)],
              ['collected', formatFen(p.billingKpis.collectedFen, lang)],
              ['arrears', formatFen(p.billingKpis.arrearsFen, lang)],
              [
                'unpaidBills',
                <Link key="unpaid" to={{ search: unpaidLink.toString() }} data-drill="unpaid-bills">
                  {t('dashboard.unpaidBillsCount', { count: p.billingKpis.bills - p.billingKpis.paidBills })}
                </Link>,
              ],
              ['meanScore', p.staffKpis.meanScore?.toFixed(1) ?? '—'],
              ['checksMissed', p.staffKpis.checksMissed],
            ].map(([key, children]) => ({ key: key as string, label: k(key as string), children }))}
          />
        </Card>
      )}
      {tq.error && <Alert type="error" title={errorText(tq.error, t)} />}
      {p && (
        <KpiTrendCard title={t('dashboard.propertyTrend')} trends={trends} loading={tq.loading && !tq.data} />
      )}
      {p && p.billingKpis.arrearsByStage.length > 0 && (
        <Card title={t('dashboard.arrearsByStage')}>
          <Chart
            height={260}
            option={{
              animation: false,
              tooltip: { valueFormatter: (v: number) => formatFen(v, lang) },
              series: [
                {
                  type: 'pie',
                  radius: ['40%', '70%'],
                  data: p.billingKpis.arrearsByStage.map((s) => ({ name: s.stage, value: s.overdueFen })),
                },
              ],
            }}
          />
        </Card>
      )}
      {billsShown && <PropertyBills key={period} propertyId={id} period={period} />}
      {visitsShown && <PropertyVisits key={period} propertyId={id} period={period} timeZone={p?.timeZone} />}
      <PropertyTickets propertyId={id} timeZone={p?.timeZone} />
    </Space>
  );
}

function PropertyTickets({ propertyId, timeZone }: { propertyId: string; timeZone?: string }) {
  const { t, lang } = useLang();
  const [search, setSearch] = useSearchParams();
  // The view rides in the URL (?tickets=OVERDUE), so a drill-down link can name it.
  const asked = search.get('tickets') as TicketView | null;
  const view: TicketView = asked && VIEWS.includes(asked) ? asked : 'ALL';
  const pages = useCursorPages();
  const filter: TicketFilter = {
    propertyId,
    ...(view === 'OVERDUE' ? { overdue: true } : view === 'ALL' ? {} : { status: view }),
  };
  const q = useQuery(TICKETS, { variables: { filter, first: TICKETS_PER_PAGE, after: pages.after } });
  return (
    <Card
      title={t('dashboard.tickets')}
      extra={
        <Select
          aria-label={t('dashboard.ticketView')}
          style={{ width: 140 }}
          value={view}
          onChange={(v) => {
            pages.reset();
            setSearch(
              (s) => {
                s.set('tickets', v);
                return s;
              },
              { replace: true },
            );
          }}
          options={VIEWS.map((v) => ({
            value: v,
            label: v === 'ALL' || v === 'OVERDUE' ? t(`dashboard.ticketViews.${v}`) : t(`status.${v}`),
          }))}
        />
      }
    >
      {q.error && <Alert type="error" title={errorText(q.error, t)} />}
      <Table
        rowKey="id"
        size="small"
        loading={q.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty text={t('dashboard.noTickets')} /> }}
        dataSource={q.data?.tickets.edges.map((e) => e.node) ?? []}
        columns={[
          { title: t('frontDesk.ticket'), dataIndex: 'description' },
          { title: '', dataIndex: 'status', render: (s: string) => <Tag>{t(`status.${s}`)}</Tag> },
          {
            title: t('queue.calledAt'),
            dataIndex: 'createdAt',
            render: (c: string) => formatDateTime(c, lang, timeZone),
          },
        ]}
      />
      <Pager
        pages={pages}
        pageInfo={q.data?.tickets.pageInfo}
        totalCount={q.data?.tickets.totalCount}
        pageSize={TICKETS_PER_PAGE}
      />
    </Card>
  );
}
