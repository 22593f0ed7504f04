import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Pager, useCursorPages } from '../components/Pager';
import { SlaTag, nextDeadline, useNow } from '../components/Sla';
import { PRICE_LIST } from '../components/TicketForm';
import { errorText } from '../errors';
import { formatDateTime, formatFen, parseYuan, slaLight } from '../format';
import { graphql } from '../gql';
import type { QueueTicketFragment } from '../gql/graphql';
import { useLang } from '../i18n';
import { useCan } from '../roles';
import { useSiteUnits } from '../units';

graphql(`
  fragment QueueTicket on Ticket {
    id
    kind
    status
    description
    priority
    priceItemCode
    propertyId
    unitId
    publicArea
    calledAt
    assigneeId
    quoteState
    quote {
      code
      name
      priceFen
      feasible
    }
    slaDeadlines {
      id
      kind
      dueAt
      state
      metAt
    }
  }
`);

const QUEUE = graphql(`
  query RepairQueue($assigneeId: ID, $first: Int!, $after: String) {
    repairQueue(assigneeId: $assigneeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...QueueTicket
        }
      }
    }
  }
`);

const ME = graphql(`
  query QueueMe {
    me {
      staff {
        id
      }
    }
  }
`);

const STAFF = graphql(`
  query DispatchStaff($propertyId: ID!) {
    staffMembers(propertyId: $propertyId, role: TECHNICIAN) {
      id
      name
    }
  }
`);

const DISPATCH = graphql(`
  mutation DispatchTicket($id: ID!, $assigneeId: ID!) {
    dispatchTicket(id: $id, assigneeId: $assigneeId) {
      ...QueueTicket
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

const QUOTE = graphql(`
  mutation QuoteTicket($id: ID!, $input: QuoteInput!) {
    quoteTicket(id: $id, input: $input) {
      ...QueueTicket
    }
  }
`);

const ACCEPT_QUOTE = graphql(`
  mutation AcceptQuote($id: ID!) {
    acceptQuote(id: $id) {
      ...QueueTicket
    }
  }
`);

const COMPLETE = graphql(`
  mutation CompleteTicket($id: ID!, $input: CompleteTicketInput!) {
    completeTicket(id: $id, input: $input) {
      id
      status
      chargesFen
    }
  }
`);

// The API orders the queue by the deadline that runs out first and pages it by cursor.
const PAGE = 20;

/** R-TKT-3: an unlisted in-home repair waits for the customer to accept a quote. */
const needsQuote = (t: QueueTicketFragment) =>
  t.kind === 'REPAIR' && !t.publicArea && !t.priceItemCode && t.quoteState !== 'ACCEPTED';

const BORDER = { red: '#cf1322', amber: '#d48806', green: '#389e0d' } as const; // a bar, not text

/**
 * The engineers' work: open repairs of their sites, the deadline that runs out first on top, red,
 * amber or green by the time left; dispatch, quote, acceptance, arrival and completion with charges.
 */
export function Queue() {
  const { t, lang } = useLang();
  const can = useCan();
  const now = useNow();
  const { units } = useSiteUnits();
  const [mine, setMine] = useState(false);
  const pages = useCursorPages();
  const me = useQuery(ME);
  const myId = me.data?.me.staff?.id;
  // New repairs appear without a reload; a site logs a few an hour.
  const queue = useQuery(QUEUE, {
    variables: { first: PAGE, after: pages.after, assigneeId: mine ? myId : undefined },
    pollInterval: 30_000,
  });
  const [dialog, setDialog] = useState<{ kind: 'quote' | 'complete'; ticket: QueueTicketFragment }>();
  const refetchAll = () => void queue.refetch();
  const connection = queue.data?.repairQueue;
  const tickets = connection?.edges.map((e) => e.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const place = (ticket: QueueTicketFragment) => {
    const u = units.find((x) => x.id === ticket.unitId);
    if (u) return t('frontDesk.unitLabel', { building: u.building, number: u.number });
    return ticket.publicArea ? t('queue.publicArea') : '';
  };
  const zoneOf = (ticket: QueueTicketFragment) =>
    units.find((u) => u.propertyId === ticket.propertyId)?.timeZone ?? 'Asia/Shanghai';
  const failed = queue.error;
  return (
    <Card
      title={t('queue.title')}
      styles={{ body: { paddingInline: 12 } }}
      extra={
        myId && (
          <Segmented
            size="small"
            value={mine ? 'mine' : 'all'}
            onChange={(v) => {
              setMine(v === 'mine');
              pages.reset();
            }}
            options={[
              { value: 'all', label: t('queue.all') },
              { value: 'mine', label: t('queue.mine') },
            ]}
          />
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('queue.subtitle', { count: total })}
      </Typography.Paragraph>
      {failed && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(failed, t)} />}
      <List
        loading={queue.loading}
        dataSource={tickets}
        locale={{ emptyText: <Empty description={t('queue.empty')} /> }}
        renderItem={(ticket) => {
          const next = nextDeadline(ticket.slaDeadlines);
          const light = next ? slaLight(next.dueAt, now) : undefined;
          return (
            <List.Item
              data-ticket={ticket.id}
              data-light={light ?? 'none'}
              data-due={next?.dueAt ?? ''}
              style={{
                flexWrap: 'wrap',
                gap: 8,
                paddingInline: 8,
                borderInlineStart: `4px solid ${light ? BORDER[light] : '#d9d9d9'}`,
                marginBottom: 8,
              }}
            >
              <Space orientation="vertical" size={4} style={{ flex: '1 1 220px', minWidth: 0 }}>
                <Space wrap size={4}>
                  <Typography.Text strong>{place(ticket)}</Typography.Text>
                  <Tag>{t(`status.${ticket.status}`)}</Tag>
                  {ticket.priority && ticket.priority !== 'NORMAL' && (
                    <Tag color="volcano">{t(`priority.${ticket.priority}`)}</Tag>
                  )}
                  {ticket.assigneeId && ticket.assigneeId === myId && (
                    <Tag color="blue">{t('queue.toMe')}</Tag>
                  )}
                </Space>
                <Typography.Text style={{ overflowWrap: 'anywhere' }}>{ticket.description}</Typography.Text>
                {next && <SlaTag deadline={next} now={now} />}
                {ticket.quote && (
                  <Typography.Text type={ticket.quoteState === 'PENDING' ? 'warning' : 'secondary'}>
                    {t(`queue.quoteState.${ticket.quoteState}`)}: {ticket.quote.name}{' '}
                    {formatFen(ticket.quote.priceFen, lang)}
                  </Typography.Text>
                )}
                {needsQuote(ticket) && !ticket.quote && (
                  <Typography.Text type="warning">{t('queue.needsQuote')}</Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('queue.calledAt')} {formatDateTime(ticket.calledAt, lang, zoneOf(ticket))}
                </Typography.Text>
              </Space>
              <Space orientation="vertical" size={6} style={{ flex: '1 1 200px', maxWidth: '100%' }}>
                {can('dispatch') && ticket.status !== 'ON_SITE' && (
                  <Dispatch ticket={ticket} onDone={refetchAll} />
                )}
                <Space wrap size={6}>
                  {can('quote') && needsQuote(ticket) && ticket.quoteState !== 'PENDING' && (
                    <Button onClick={() => setDialog({ kind: 'quote', ticket })}>{t('queue.quote')}</Button>
                  )}
                  {can('acceptQuote') && ticket.quoteState === 'PENDING' && <AcceptQuote ticket={ticket} />}
                  {can('work') && ticket.status !== 'ON_SITE' && (
                    <Arrive ticket={ticket} disabled={needsQuote(ticket)} />
                  )}
                  {can('work') && ticket.status === 'ON_SITE' && (
                    <Button type="primary" onClick={() => setDialog({ kind: 'complete', ticket })}>
                      {t('queue.complete')}
                    </Button>
                  )}
                </Space>
              </Space>
            </List.Item>
          );
        }}
      />
      <Pager pages={pages} pageInfo={connection?.pageInfo} totalCount={total} pageSize={PAGE} />
      {dialog?.kind === 'quote' && (
        <QuoteDialog ticket={dialog.ticket} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'complete' && (
        <CompleteDialog ticket={dialog.ticket} onClose={() => setDialog(undefined)} onDone={refetchAll} />
      )}
    </Card>
  );
}

/** Dispatch to a technician of the ticket's property (staffMembers), or dispatch again. */
function Dispatch({ ticket, onDone }: { ticket: QueueTicketFragment; onDone(): void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const staff = useQuery(STAFF, { variables: { propertyId: ticket.propertyId } });
  const [dispatch, { loading, error }] = useMutation(DISPATCH);
  const [chosen, setChosen] = useState<string>();
  const people = staff.data?.staffMembers ?? [];
  const assignee = people.find((p) => p.id === ticket.assigneeId);
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {assignee && (
        <Typography.Text data-assignee>{t('queue.assignedTo', { name: assignee.name })}</Typography.Text>
      )}
      <Space.Compact style={{ width: '100%' }}>
        <Select
          style={{ flex: 1, minWidth: 0 }}
          aria-label={t('queue.technician')}
          placeholder={t('queue.chooseTechnician')}
          loading={staff.loading}
          value={chosen}
          onChange={setChosen}
          status={error ? 'error' : undefined}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
          notFoundContent={staff.error ? errorText(staff.error, t) : t('queue.noTechnicians')}
        />
        <Button
          type={ticket.status === 'OPEN' ? 'primary' : 'default'}
          disabled={!chosen || chosen === ticket.assigneeId}
          loading={loading}
          onClick={() =>
            void dispatch({ variables: { id: ticket.id, assigneeId: chosen! } }).then(
              () => {
                message.success(
                  t('queue.dispatched', { name: people.find((p) => p.id === chosen)?.name ?? '' }),
                );
                setChosen(undefined);
                onDone();
              },
              (e: unknown) => message.error(errorText(e, t)),
            )
          }
        >
          {t(ticket.assigneeId ? 'queue.redispatch' : 'queue.dispatch')}
        </Button>
      </Space.Compact>
    </Space>
  );
}

function Arrive({ ticket, disabled }: { ticket: QueueTicketFragment; disabled: boolean }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [arrive, { loading }] = useMutation(ARRIVE);
  return (
    <Button
      disabled={disabled}
      title={disabled ? t('queue.waitQuote') : undefined}
      loading={loading}
      onClick={() =>
        void arrive({ variables: { id: ticket.id } }).then(
          () => message.success(t('queue.arrived')),
          (e: unknown) => message.error(errorText(e, t)),
        )
      }
    >
      {t('queue.arrive')}
    </Button>
  );
}

function AcceptQuote({ ticket }: { ticket: QueueTicketFragment }) {
  const { t, lang } = useLang();
  const { message, modal } = App.useApp();
  const [accept, { loading }] = useMutation(ACCEPT_QUOTE);
  return (
    <Button
      loading={loading}
      onClick={() =>
        modal.confirm({
          title: t('queue.acceptTitle'),
          content: t('queue.acceptBody', {
            name: ticket.quote?.name ?? '',
            price: formatFen(ticket.quote?.priceFen ?? 0, lang),
          }),
          okText: t('queue.accept'),
          onOk: () =>
            accept({ variables: { id: ticket.id } }).then(
              () => void message.success(t('queue.accepted')),
              (e: unknown) => void message.error(errorText(e, t)),
            ),
        })
      }
    >
      {t('queue.accept')}
    </Button>
  );
}

/** R-TKT-3: the engineering supervisor prices an item that is not on the price list. */
function QuoteDialog({ ticket, onClose }: { ticket: QueueTicketFragment; onClose(): void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [quote, { loading, error }] = useMutation(QUOTE);
  const [form] = Form.useForm<{ name: string; price: string; feasible: boolean }>();
  return (
    <Modal
      open
      title={t('queue.quoteTitle')}
      okText={t('queue.quoteSave')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{ticket.description}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ feasible: true }}
        onFinish={(v) =>
          void quote({
            variables: {
              id: ticket.id,
              input: { name: v.name.trim(), priceFen: parseYuan(v.price)!, feasible: v.feasible },
            },
          }).then(
            () => {
              message.success(t('queue.quoted'));
              onClose();
            },
            () => undefined,
          )
        }
      >
        <Form.Item
          name="name"
          label={t('queue.quoteName')}
          rules={[{ required: true, whitespace: true, message: t('queue.quoteNameRequired') }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item
          name="price"
          label={t('queue.quotePrice')}
          rules={[
            {
              validator: (_, v: string) =>
                parseYuan(v ?? '') !== undefined
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('finance.amountInvalid'))),
            },
          ]}
        >
          <Input inputMode="decimal" prefix="¥" />
        </Form.Item>
        <Form.Item name="feasible" valuePropName="checked">
          <Checkbox>{t('queue.feasible')}</Checkbox>
        </Form.Item>
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}

interface ChargeRow {
  code?: string;
  quantity?: number;
}

/** R-TKT-5: completion with the charges at price-list prices (or the accepted quote); billing bills them. */
function CompleteDialog({
  ticket,
  onClose,
  onDone,
}: {
  ticket: QueueTicketFragment;
  onClose(): void;
  onDone(): void;
}) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const prices = useQuery(PRICE_LIST, { variables: { propertyId: ticket.propertyId } });
  const [complete, { loading, error }] = useMutation(COMPLETE);
  const [form] = Form.useForm<{ charges: ChargeRow[]; customerSigned: boolean; note?: string }>();
  const items = useMemo(
    () => [
      ...(prices.data?.priceList ?? []).map((p) => ({ code: p.code, name: p.name, priceFen: p.priceFen })),
      ...(ticket.quote && ticket.quoteState === 'ACCEPTED' ? [ticket.quote] : []),
    ],
    [prices.data, ticket.quote, ticket.quoteState],
  );
  const charges = Form.useWatch('charges', form) ?? [];
  const totalFen = charges.reduce(
    (n, c) => n + (items.find((i) => i.code === c?.code)?.priceFen ?? 0) * (c?.quantity ?? 0),
    0,
  );
  const initial = ticket.priceItemCode ?? (ticket.quoteState === 'ACCEPTED' ? ticket.quote?.code : undefined);
  return (
    <Modal
      open
      title={t('queue.completeTitle')}
      okText={t('queue.complete')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ charges: initial ? [{ code: initial, quantity: 1 }] : [], customerSigned: false }}
        onFinish={(v) =>
          void complete({
            variables: {
              id: ticket.id,
              input: {
                customerSigned: v.customerSigned,
                note: v.note || undefined,
                charges: (v.charges ?? [])
                  .filter((c) => c.code && c.quantity)
                  .map((c) => ({ priceItemCode: c.code!, quantity: c.quantity! })),
              },
            },
          }).then(
            () => {
              message.success(t('queue.completed'));
              onDone();
              onClose();
            },
            () => undefined,
          )
        }
      >
        <Form.List name="charges">
          {(fields, { add, remove }) => (
            <Form.Item label={t('queue.charges')} extra={t('queue.chargesHint')}>
              {fields.map((f) => (
                <Space.Compact key={f.key} style={{ width: '100%', marginBottom: 8 }}>
                  <Form.Item name={[f.name, 'code']} noStyle rules={[{ required: true }]}>
                    <Select
                      style={{ flex: 1, minWidth: 0 }}
                      aria-label={t('queue.chargeItem')}
                      showSearch={{ optionFilterProp: 'label' }}
                      loading={prices.loading}
                      options={items.map((i) => ({
                        value: i.code,
                        label: `${i.name} ${formatFen(i.priceFen, lang)}`,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'quantity']} noStyle rules={[{ required: true }]}>
                    <InputNumber aria-label={t('queue.quantity')} min={1} max={99} style={{ width: 64 }} />
                  </Form.Item>
                  <Button aria-label={t('register.remove')} onClick={() => remove(f.name)}>
                    ×
                  </Button>
                </Space.Compact>
              ))}
              <Button type="dashed" block onClick={() => add({ quantity: 1 })}>
                {t('queue.addCharge')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Typography.Paragraph strong data-charges-total>
          {t('queue.total')} {formatFen(totalFen, lang)}
        </Typography.Paragraph>
        <Form.Item
          name="customerSigned"
          valuePropName="checked"
          rules={[
            {
              validator: (_, v: boolean) =>
                v ? Promise.resolve() : Promise.reject(new Error(t('queue.signatureRequired'))),
            },
          ]}
        >
          <Checkbox>{t('queue.customerSigned')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('queue.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}
