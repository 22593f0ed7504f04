import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, Tag } from 'antd';
import { Empty } from '../components/Empty';
import { Pager, useCursorPages } from '../components/Pager';
import { errorText } from '../errors';
import { formatDate, formatFen } from '../format';
import { graphql } from '../gql';
import type { PropertyUnpaidBillsQuery } from '../gql/graphql';
import { useLang } from '../i18n';

// The bills behind the collection rate (R-KPI-8) that are not paid in full, with the property's
// units to name them.
const UNPAID = graphql(`
  query PropertyUnpaidBills($propertyId: ID!, $period: String!, $first: Int!, $after: String) {
    bills(first: $first, after: $after, filter: { propertyId: $propertyId, period: $period, unpaid: true }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          unitId
          status
          totalFen
          paidFen
          dueDate
        }
      }
    }
    property(id: $propertyId) {
      id
      units(first: 200) {
        edges {
          node {
            id
            building
            number
          }
        }
      }
    }
  }
`);

const PER_PAGE = 20;
type Bill = PropertyUnpaidBillsQuery['bills']['edges'][number]['node'];

/** The month's bills of a property still not paid in full, a page at a time, the amounts in yuan. */
export function PropertyBills({ propertyId, period }: { propertyId: string; period: string }) {
  const { t, lang } = useLang();
  const pages = useCursorPages();
  const q = useQuery(UNPAID, { variables: { propertyId, period, first: PER_PAGE, after: pages.after } });
  const units = q.data?.property?.units.edges.map((e) => e.node) ?? [];
  const unitLabel = (id: string) => {
    const u = units.find((x) => x.id === id);
    return u ? t('frontDesk.unitLabel', { building: u.building, number: u.number }) : '—';
  };
  return (
    <Card title={t('dashboard.unpaidBillsOf', { period })} data-unpaid-bills>
      {q.error && <Alert type="error" title={errorText(q.error, t)} />}
      <Table<Bill>
        rowKey="id"
        size="small"
        loading={q.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty text={t('dashboard.noUnpaidBills')} /> }}
        dataSource={q.data?.bills.edges.map((e) => e.node) ?? []}
        columns={[
          { title: t('finance.unit'), render: (_, b) => unitLabel(b.unitId) },
          {
            title: t('finance.status'),
            render: (_, b) => (
              <Tag color={b.status === 'PARTIALLY_PAID' ? 'warning' : 'default'}>
                {t(`finance.billStatus.${b.status}`)}
              </Tag>
            ),
          },
          { title: t('finance.total'), align: 'end', render: (_, b) => formatFen(b.totalFen, lang) },
          { title: t('finance.paid'), align: 'end', render: (_, b) => formatFen(b.paidFen, lang) },
          {
            title: t('dashboard.owed'),
            align: 'end',
            render: (_, b) => formatFen(b.totalFen - b.paidFen, lang),
          },
          { title: t('finance.due'), render: (_, b) => formatDate(b.dueDate, lang) },
        ]}
      />
      <Pager
        pages={pages}
        pageInfo={q.data?.bills.pageInfo}
        totalCount={q.data?.bills.totalCount}
        pageSize={PER_PAGE}
      />
    </Card>
  );
}
