import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Chart, type ChartOption } from '../components/Chart';
import { KpiCell } from '../components/Kpi';
import { KpiTrendCard } from '../components/KpiTrend';
import { errorText } from '../errors';
import { formatFen, formatPercent, lastMonths, periodOf } from '../format';
import { graphql } from '../gql';
import type { PropertyKpisFragment } from '../gql/graphql';
import { useLang } from '../i18n';
import { KPIS, type KpiKey, type Trend, measuresOf, companyTrend, sumByPeriod } from '../trend';

const DASHBOARD = graphql(`
  query Dashboard($period: String!) {
    companyKpis(period: $period) {
      serviceKpis {
        tickets
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
      billingKpis {
        billedFen
        collectedFen
        arrearsFen
        collection {
          ...Measure
        }
      }
      customerKpis {
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

// The company's 12-month trends, summed from the properties' monthly counts. One query per
// subgraph's trend: together they would pass the gateway's cost limit (50 properties × 12 months).
const SERVICE_TREND = graphql(`
  query CompanyServiceTrend($from: String!, $to: String!) {
    properties(first: 50) {
      edges {
        node {
          id
          serviceKpiTrend(from: $from, to: $to) {
            period
            tickets
            resolved
            responsesDue
            respondedInTime
            complaints
            timelyComplaints
            visitTasksSampled
            visitTasksDone
            satisfactionCount
            satisfactionMean
          }
        }
      }
    }
  }
`);

const BILLING_TREND = graphql(`
  query CompanyBillingTrend($from: String!, $to: String!) {
    properties(first: 50) {
      edges {
        node {
          id
          billingKpiTrend(from: $from, to: $to) {
            period
            billedFen
            collectedFen
          }
        }
      }
    }
  }
`);

const CUSTOMER_TREND = graphql(`
  query CompanyCustomerTrend($from: String!, $to: String!) {
    properties(first: 50) {
      edges {
        node {
          id
          customerKpiTrend(from: $from, to: $to) {
            period
            customers
            customersVisited
            customersLeft
            customersOccupying
            archivesIncomplete
            archivesChecked
          }
        }
      }
    }
  }
`);

const EXPORT_KPI_REPORT = graphql(`
  mutation ExportKpiReport($period: String!, $language: DocumentLanguage!) {
    exportKpiReport(period: $period, language: $language) {
      fileName
      url
      expiresAt
    }
  }
`);

/**
 * The month's KPI report as .xlsx, the figures this page shows: like the registers' exports, the
 * short-lived link is offered once the file is written (a pop-up opened after the round trip
 * would be blocked).
 */
function ExportKpiReport({ period }: { period: string }) {
  const { t, lang } = useLang();
  const [run, { data, loading, error, reset }] = useMutation(EXPORT_KPI_REPORT);
  // Another month is another file: the old link no longer answers what is shown.
  useEffect(reset, [period, reset]);
  const doc = data?.exportKpiReport;
  return (
    <Space wrap>
      <Button
        loading={loading}
        onClick={() =>
          void run({ variables: { period, language: lang === 'en' ? 'EN' : 'ZH_CN' } }).catch(() => undefined)
        }
      >
        {t('dashboard.exportExcel')}
      </Button>
      {doc && (
        <a href={doc.url} target="_blank" rel="noreferrer" data-document="kpi-report">
          {t('documents.download', { file: doc.fileName })}
        </a>
      )}
      {error && <Typography.Text type="danger">{errorText(error, t)}</Typography.Text>}
    </Space>
  );
}

/** HQ's view: every property against the company's KPIs for a month, each row opening its property. */
export default function Dashboard({ base }: { base: string }) {
  const { t, lang } = useLang();
  // A link may name the month (`?period=2026-11`, e.g. sent around by HQ); else this month's.
  const [search] = useSearchParams();
  const linked = /^\d{4}-(0[1-9]|1[0-2])$/.test(search.get('period') ?? '')
    ? search.get('period')!
    : undefined;
  const months = useMemo(() => lastMonths(linked ?? periodOf(new Date())), [linked]);
  const [period, setPeriod] = useState(months[0]);
  const q = useQuery(DASHBOARD, { variables: { period } });
  const rows = useMemo(() => q.data?.properties.edges.map((e) => e.node) ?? [], [q.data]);
  const company = q.data?.companyKpis;
  const trendMonths = useMemo(() => lastMonths(period).reverse(), [period]);
  const range = { variables: { from: trendMonths[0], to: period } };
  const service = useQuery(SERVICE_TREND, range);
  const billing = useQuery(BILLING_TREND, range);
  const customer = useQuery(CUSTOMER_TREND, range);
  const trends = useMemo(() => {
    const totals = sumByPeriod([
      ...(service.data?.properties.edges.map((e) => e.node.serviceKpiTrend) ?? []),
      ...(billing.data?.properties.edges.map((e) => e.node.billingKpiTrend) ?? []),
      ...(customer.data?.properties.edges.map((e) => e.node.customerKpiTrend) ?? []),
    ]);
    const measures = measuresOf(company);
    return Object.fromEntries(
      KPIS.map(({ key }) => [key, companyTrend(key, totals, trendMonths, measures[key])]),
    ) as Record<KpiKey, Trend>;
  }, [service.data, billing.data, customer.data, company, trendMonths]);
  const trendError = service.error ?? billing.error ?? customer.error;
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
          <Space wrap>
            <ExportKpiReport period={period} />
            <Select
              aria-label={t('dashboard.period')}
              value={period}
              onChange={setPeriod}
              options={months.map((m) => ({ value: m, label: m }))}
              style={{ width: 120 }}
            />
          </Space>
        }
      >
        {q.error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(q.error, t)} />}
        <div data-company-kpis>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('dashboard.company')}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.kpi.tickets')} value={company?.serviceKpis.tickets ?? '—'} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('dashboard.kpi.billed')}
                value={company ? formatFen(company.billingKpis.billedFen, lang) : '—'}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('dashboard.kpi.collected')}
                value={company ? formatFen(company.billingKpis.collectedFen, lang) : '—'}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('dashboard.kpi.arrears')}
                value={company ? formatFen(company.billingKpis.arrearsFen, lang) : '—'}
              />
            </Col>
          </Row>
          {company && (
            <Descriptions
              style={{ marginTop: 16 }}
              size="small"
              bordered
              column={{ xs: 1, sm: 3, lg: 5 }}
              items={KPIS.map((k) => ({
                key: k.key,
                label: t(`dashboard.kpi.${k.label}`),
                children: <KpiCell m={measuresOf(company)[k.key]} score={'score' in k} name={k.key} />,
              }))}
            />
          )}
        </div>
      </Card>
      {trendError && <Alert type="error" title={errorText(trendError, t)} />}
      <KpiTrendCard
        title={t('dashboard.companyTrend')}
        trends={trends}
        loading={service.loading && !service.data}
      />
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
            ...KPIS.filter((k) => k.key !== 'visitPlan').map((k) => ({
              key: k.key,
              title: t(`dashboard.kpi.${k.label}`),
              render: (_: unknown, p: PropertyKpisFragment) => (
                <KpiCell m={measuresOf(p)[k.key]} score={'score' in k} name={k.key} />
              ),
            })),
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
              title: t('dashboard.kpi.meanScore'),
              render: (_, p) => p.staffKpis.meanScore?.toFixed(1) ?? '—',
            },
          ]}
        />
      </Card>
    </Space>
  );
}
