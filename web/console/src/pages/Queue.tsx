import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { SlaTag, nextDeadline, useNow } from '../components/Sla';
import { errorText } from '../errors';
import { formatDateTime } from '../format';
import { graphql } from '../gql';
import type { QueueTicketFragment } from '../gql/graphql';
import { useLang } from '../i18n';
import { useSiteUnits } from '../units';

graphql(`
  fragment QueueTicket on Ticket {
    id
    status
    description
    priority
    priceItemCode
    propertyId
    unitId
    publicArea
    calledAt
    slaDeadlines {
      id
      kind
      dueAt
      state
    }
  }
`);

// One status per list (the filter takes one); the three open states together are the queue.
const QUEUE = graphql(`
  query RepairQueue {
    open: tickets(first: 50, filter: { kind: REPAIR, status: OPEN }) {
      edges {
        node {
          ...QueueTicket
        }
      }
    }
    dispatched: tickets(first: 50, filter: { kind: REPAIR, status: DISPATCHED }) {
      edges {
        node {
          ...QueueTicket
        }
      }
    }
    onSite: tickets(first: 50, filter: { kind: REPAIR, status: ON_SITE }) {
      edges {
        node {
          ...QueueTicket
        }
      }
    }
  }
`);

const ARRIVE = graphql(`
  mutation ArriveTicket($id: ID!) {
    arriveTicket(id: $id) {
      ...QueueTicket
    }
  }
`);

const COMPLETE = graphql(`
  mutation CompleteTicket($id: ID!, $input: CompleteTicketInput!) {
    completeTicket(id: $id, input: $input) {
      id
      status
    }
  }
`);

const FAR = Number.MAX_SAFE_INTEGER;
const dueOf = (t: QueueTicketFragment) => {
  const d = nextDeadline(t.slaDeadlines);
  return d ? Date.parse(d.dueAt) : FAR;
};

/** The engineer's work: open repairs of their sites, the deadline that runs out first on top. */
export function Queue() {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const now = useNow();
  const { units } = useSiteUnits();
  // New repairs appear without a reload; a site logs a few an hour.
  const q = useQuery(QUEUE, { pollInterval: 30_000 });
  const [arrive, arriving] = useMutation(ARRIVE);
  const [complete, completing] = useMutation(COMPLETE, { refetchQueries: [QUEUE] });
  const tickets = useMemo(
    () =>
      [q.data?.open, q.data?.dispatched, q.data?.onSite]
        .flatMap((c) => c?.edges.map((e) => e.node) ?? [])
        .sort((a, b) => dueOf(a) - dueOf(b)),
    [q.data],
  );
  const place = (ticket: QueueTicketFragment) => {
    const u = units.find((x) => x.id === ticket.unitId);
    if (u) return t('frontDesk.unitLabel', { building: u.building, number: u.number });
    return ticket.publicArea ? t('queue.publicArea') : '';
  };
  const failed = q.error ?? arriving.error ?? completing.error;
  return (
    <Card
      title={t('queue.title')}
      extra={<Typography.Text type="secondary">{t('queue.subtitle')}</Typography.Text>}
    >
      {failed && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(failed, t)} />}
      <List
        loading={q.loading && !q.data}
        dataSource={tickets}
        locale={{ emptyText: <Empty description={t('queue.empty')} /> }}
        renderItem={(ticket) => {
          const next = nextDeadline(ticket.slaDeadlines);
          return (
            <List.Item data-ticket={ticket.id} style={{ flexWrap: 'wrap', gap: 8 }}>
              <Space orientation="vertical" size={4} style={{ flex: '1 1 220px', minWidth: 0 }}>
                <Space wrap size={4}>
                  <Typography.Text strong>{place(ticket)}</Typography.Text>
                  <Tag>{t(`status.${ticket.status}`)}</Tag>
                  {ticket.priority && ticket.priority !== 'NORMAL' && (
                    <Tag color="volcano">{t(`priority.${ticket.priority}`)}</Tag>
                  )}
                </Space>
                <Typography.Text>{ticket.description}</Typography.Text>
                {next && <SlaTag deadline={next} now={now} />}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('queue.calledAt')} {formatDateTime(ticket.calledAt, lang)}
                </Typography.Text>
              </Space>
              {ticket.status === 'ON_SITE' ? (
                <Button
                  type="primary"
                  loading={completing.loading}
                  onClick={() =>
                    void complete({
                      variables: {
                        id: ticket.id,
                        input: {
                          customerSigned: true,
                          charges: ticket.priceItemCode
                            ? [{ priceItemCode: ticket.priceItemCode, quantity: 1 }]
                            : [],
                        },
                      },
                    }).then(
                      () => message.success(t('queue.completed')),
                      () => undefined,
                    )
                  }
                >
                  {t('queue.complete')}
                </Button>
              ) : (
                <Button
                  loading={arriving.loading}
                  onClick={() =>
                    void arrive({ variables: { id: ticket.id } }).then(
                      () => message.success(t('queue.arrived')),
                      () => undefined,
                    )
                  }
                >
                  {t('queue.arrive')}
                </Button>
              )}
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
