import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, Tag } from 'antd';
import { Empty } from '../components/Empty';
import { Pager, useCursorPages } from '../components/Pager';
import { errorText } from '../errors';
import { formatDateTime } from '../format';
import { graphql } from '../gql';
import type { PropertyOpenVisitsQuery } from '../gql/graphql';
import { useLang } from '../i18n';

// The sampled follow-up visits behind the handling rate (R-KPI-7) that are not handled: exactly
// visitTasksSampled − visitTasksDone of the month.
const OPEN_VISITS = graphql(`
  query PropertyOpenVisits($propertyId: ID!, $period: String!, $first: Int!, $after: String) {
    visitTasks(propertyId: $propertyId, period: $period, set: NOT_HANDLED, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ticketId
          ticketKind
          dueAt
          status
          responsibleRole
          visitsCount
          openIssue
        }
      }
    }
  }
`);

const PER_PAGE = 20;
type Task = PropertyOpenVisitsQuery['visitTasks']['edges'][number]['node'];

/** The ticket's id as printed on the visit record (R-DOC-5): its last ten hex digits. */
const ticketRef = (id: string) => id.replace(/-/g, '').slice(-10).toUpperCase();

/** The month's follow-up visits of a property not handled yet, a page at a time, in its own zone. */
export function PropertyVisits({
  propertyId,
  period,
  timeZone,
}: {
  propertyId: string;
  period: string;
  timeZone?: string;
}) {
  const { t, lang } = useLang();
  const pages = useCursorPages();
  const q = useQuery(OPEN_VISITS, {
    variables: { propertyId, period, first: PER_PAGE, after: pages.after },
  });
  return (
    <Card title={t('dashboard.openVisitsOf', { period })} data-open-visits>
      {q.error && <Alert type="error" title={errorText(q.error, t)} />}
      <Table<Task>
        rowKey="id"
        size="small"
        loading={q.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty text={t('dashboard.noOpenVisits')} /> }}
        dataSource={q.data?.visitTasks.edges.map((e) => e.node) ?? []}
        columns={[
          {
            title: t('dashboard.visitTicket'),
            render: (_, v) => <span title={v.ticketId}>{ticketRef(v.ticketId)}</span>,
          },
          { title: t('dashboard.visitKind'), render: (_, v) => t(`ticketKind.${v.ticketKind}`) },
          { title: t('dashboard.visitDue'), render: (_, v) => formatDateTime(v.dueAt, lang, timeZone) },
          {
            title: t('dashboard.visitStatus'),
            render: (_, v) => (
              <Tag color={v.status === 'MISSED' ? 'error' : 'default'}>
                {t(`dashboard.visitTaskStatus.${v.status}`)}
              </Tag>
            ),
          },
          { title: t('dashboard.visitRole'), render: (_, v) => t(`roles.${v.responsibleRole}`) },
          {
            title: t('dashboard.visitOutcome'),
            render: (_, v) =>
              v.openIssue
                ? t('dashboard.visitOutcomes.openIssue')
                : v.visitsCount
                  ? t('dashboard.visitOutcomes.visited', { count: v.visitsCount })
                  : t('dashboard.visitOutcomes.none'),
          },
        ]}
      />
      <Pager
        pages={pages}
        pageInfo={q.data?.visitTasks.pageInfo}
        totalCount={q.data?.visitTasks.totalCount}
        pageSize={PER_PAGE}
      />
    </Card>
  );
}
