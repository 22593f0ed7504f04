import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Row, Select, Space, Statistic, Table } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Chart, type ChartOption } from '../components/Chart';
import { KpiCell, targetsOf } from '../components/Kpi';
import { errorText } from '../errors';
import { formatFen, formatPercent, lastMonths, periodOf } from '../format';
import { graphql } from '../gql';
import type { PropertyKpisFragment } from '../gql/graphql';
import { useLang } from '../i18n';

const DASHBOARD = graphql(`
  query Dashboard($period: String!) {
    policy {
      values {
        key
        value
      }
    }
    properties(first: 50) {
      totalCount
      edges {
        node {
          ...PropertyKpis
        }
      }
    }
  }
`);

/** HQ's view: every property against the company's KPIs for a month, each row opening its property. */
export default function Dashboard({ base }: { base: string }) {
  const { t, lang } = useLang();
  const months = useMemo(() => lastMonths(periodOf(new Date())), []);
  const [period, setPeriod] = useState(months[0]);
  const q = useQuery(DASHBOARD, { variables: { period } });
  const rows = useMemo(() => q.data?.properties.edges.map((e) => e.node) ?? [], [q.data]);
  // The company's targets; a property's own overrides show on its drill-down.
  const targets = useMemo(() => targetsOf(q.data?.policy.values), [q.data]);
  const total = rows.reduce(
    (s, p) => ({
      billed: s.billed + p.billingKpis.billedFen,
      collected: s.collected + p.billingKpis.collectedFen,
      arrears: s.arrears + p.billingKpis.arrearsFen,
      tickets: s.tickets + p.serviceKpis.tickets,
    }),
    { billed: 0, collected: 0, arrears: 0, tickets: 0 },
  );
  const pct = (r?: number | null) => formatPercent(r, lang);
  const chart = useMemo<ChartOption>(
    () => ({
      // Figures, not a show: drawn at once (and the same in every screenshot).
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatPercent(v, lang) },
      legend: { top: 0 },
      grid: { left: 48, right: 16, bottom: 32, top: 40 },
      xAxis: { type: 'category', data: rows.map((p) => p.name) },
      yAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => formatPercent(v, lang) } },
      series: (
        [
          ['dashboard.kpi.resolutionRate', (p) => p.serviceKpis.resolutionRate],
          ['dashboard.kpi.responseWithin24hRate', (p) => p.serviceKpis.responseWithin24hRate],
          ['dashboard.kpi.collectionRate', (p) => p.billingKpis.collectionRate],
        ] as [string, (p: PropertyKpisFragment) => number | null | undefined][]
      ).map(([name, of]) => ({ type: 'bar', name: t(name), data: rows.map((p) => of(p) ?? 0) })),
    }),
    [rows, t, lang],
  );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('dashboard.title')}
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
        {q.error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(q.error, t)} />}
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('dashboard.kpi.tickets')} value={total.tickets} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('dashboard.kpi.billed')} value={formatFen(total.billed, lang)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('dashboard.kpi.collected')} value={formatFen(total.collected, lang)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('dashboard.kpi.arrears')} value={formatFen(total.arrears, lang)} />
          </Col>
        </Row>
      </Card>
      <Card title={t('dashboard.chart')}>
        <Chart option={chart} />
      </Card>
      <Card>
        <Table<PropertyKpisFragment>
          rowKey="id"
          loading={q.loading && !q.data}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('dashboard.noProperties') }}
          columns={[
            {
              title: t('dashboard.property'),
              fixed: 'start',
              render: (_, p) => <Link to={`${base}/dashboard/property/${p.id}`}>{p.name}</Link>,
            },
            { title: t('dashboard.kpi.tickets'), render: (_, p) => p.serviceKpis.tickets },
            {
              title: t('dashboard.kpi.resolutionRate'),
              render: (_, p) => (
                <KpiCell value={p.serviceKpis.resolutionRate} target={targets.resolutionRate} />
              ),
            },
            {
              title: t('dashboard.kpi.responseWithin24hRate'),
              render: (_, p) => pct(p.serviceKpis.responseWithin24hRate),
            },
            { title: t('dashboard.kpi.timelyRate'), render: (_, p) => pct(p.serviceKpis.timelyRate) },
            {
              title: t('dashboard.kpi.collectionRate'),
              render: (_, p) => (
                <KpiCell value={p.billingKpis.collectionRate} target={p.billingKpis.target} />
              ),
            },
            {
              title: t('dashboard.kpi.billed'),
              align: 'end',
              render: (_, p) => formatFen(p.billingKpis.billedFen, lang),
            },
            {
              title: t('dashboard.kpi.collected'),
              align: 'end',
              render: (_, p) => formatFen(p.billingKpis.collectedFen, lang),
            },
            {
              title: t('dashboard.kpi.arrears'),
              align: 'end',
              render: (_, p) => formatFen(p.billingKpis.arrearsFen, lang),
            },
            {
              title: t('dashboard.kpi.satisfactionMean'),
              render: (_, p) => (
                <KpiCell value={p.serviceKpis.satisfactionMean} target={targets.satisfactionMean} score />
              ),
            },
            {
              title: t('dashboard.kpi.churnRate'),
              render: (_, p) => (
                <KpiCell value={p.customerKpis.churnRate} target={targets.churnRate} better="lower" />
              ),
            },
            {
              title: t('dashboard.kpi.meanScore'),
              render: (_, p) => p.staffKpis.meanScore?.toFixed(1) ?? '—',
            },
          ]}
        />
      </Card>
    </Space>
  );
}
