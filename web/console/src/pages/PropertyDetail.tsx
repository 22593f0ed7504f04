import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Chart } from '../components/Chart';
import { KpiCell } from '../components/Kpi';
import { KpiTrendCard } from '../components/KpiTrend';
import { errorText } from '../errors';
import { type Measure, formatDateTime, formatFen, lastMonths, periodOf } from '../format';
import { graphql } from '../gql';
import { useLang } from '../i18n';
import { KPIS, type KpiKey, type Trend, measureTrend, measuresOf } from '../trend';

const PROPERTY = graphql(`
  query PropertyDrill($id: ID!, $period: String!) {
    property(id: $id) {
      ...PropertyKpis
      billingKpis(period: $period) {
        arrearsByStage {
          stage
          customers
          overdueFen
        }
      }
    }
    tickets(first: 20, filter: { propertyId: $id }) {
      totalCount
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
  const months = useMemo(() => lastMonths(periodOf(new Date())), []);
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
              ['billed', formatFen(p.billingKpis.billedFen, lang)],
              ['collected', formatFen(p.billingKpis.collectedFen, lang)],
              ['arrears', formatFen(p.billingKpis.arrearsFen, lang)],
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
      <Card title={t('dashboard.recentTickets')}>
        <Table
          rowKey="id"
          size="small"
          loading={q.loading && !q.data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={q.data?.tickets.edges.map((e) => e.node) ?? []}
          columns={[
            { title: t('frontDesk.ticket'), dataIndex: 'description' },
            { title: '', dataIndex: 'status', render: (s: string) => <Tag>{t(`status.${s}`)}</Tag> },
            {
              title: t('queue.calledAt'),
              dataIndex: 'createdAt',
              render: (c: string) => formatDateTime(c, lang, p?.timeZone),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
