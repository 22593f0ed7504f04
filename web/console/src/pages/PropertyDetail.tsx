import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Chart } from '../components/Chart';
import { KpiCell, targetsOf } from '../components/Kpi';
import { errorText } from '../errors';
import { formatDateTime, formatFen, formatPercent, lastMonths, periodOf } from '../format';
import { graphql } from '../gql';
import { useLang } from '../i18n';

const PROPERTY = graphql(`
  query PropertyDrill($id: ID!, $period: String!) {
    policy(propertyId: $id) {
      values {
        key
        value
      }
    }
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

/** One property from the dashboard: every KPI of the month, its arrears by age and the tickets behind them. */
export default function PropertyDetail({ base }: { base: string }) {
  const { id = '' } = useParams();
  const { t, lang } = useLang();
  const months = useMemo(() => lastMonths(periodOf(new Date())), []);
  const [period, setPeriod] = useState(months[0]);
  const q = useQuery(PROPERTY, { variables: { id, period } });
  const p = q.data?.property;
  // The targets in force for this property, its own overrides included.
  const targets = useMemo(() => targetsOf(q.data?.policy.values), [q.data]);
  const pct = (r?: number | null) => formatPercent(r, lang);
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
              [
                'resolutionRate',
                <KpiCell key="r" value={p.serviceKpis.resolutionRate} target={targets.resolutionRate} />,
              ],
              ['responseWithin24hRate', pct(p.serviceKpis.responseWithin24hRate)],
              ['timelyRate', pct(p.serviceKpis.timelyRate)],
              [
                'followUpHandlingRate',
                <KpiCell
                  key="f"
                  value={p.serviceKpis.followUpHandlingRate}
                  target={targets.followUpHandlingRate}
                />,
              ],
              [
                'satisfactionMean',
                <KpiCell
                  key="s"
                  value={p.serviceKpis.satisfactionMean}
                  target={targets.satisfactionMean}
                  score
                />,
              ],
              [
                'collectionRate',
                <Tag
                  key="c"
                  color={p.billingKpis.collectionRate >= p.billingKpis.target ? 'success' : 'error'}
                >
                  {pct(p.billingKpis.collectionRate)} / {k('target')} {pct(p.billingKpis.target)}
                </Tag>,
              ],
              ['billed', formatFen(p.billingKpis.billedFen, lang)],
              ['collected', formatFen(p.billingKpis.collectedFen, lang)],
              ['arrears', formatFen(p.billingKpis.arrearsFen, lang)],
              [
                'churnRate',
                <KpiCell
                  key="c"
                  value={p.customerKpis.churnRate}
                  target={targets.churnRate}
                  better="lower"
                />,
              ],
              [
                'dataErrorRate',
                <KpiCell
                  key="d"
                  value={p.customerKpis.dataErrorRate}
                  target={targets.dataErrorRate}
                  better="lower"
                />,
              ],
              ['visitPlanCoverage', pct(p.customerKpis.visitPlanCoverage)],
              ['meanScore', p.staffKpis.meanScore?.toFixed(1) ?? '—'],
              ['checksMissed', p.staffKpis.checksMissed],
            ].map(([key, children]) => ({ key: key as string, label: k(key as string), children }))}
          />
        </Card>
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
