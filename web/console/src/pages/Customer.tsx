import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Result,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Pager, useCursorPages } from '../components/Pager';
import { SlaTag, nextDeadline, useNow } from '../components/Sla';
import { TicketForm } from '../components/TicketForm';
import { VisitForm } from '../components/VisitForm';
import { errorText } from '../errors';
import { addDays, formatDate, formatDateTime, formatFen, occupiesOn, todayIn } from '../format';
import { graphql } from '../gql';
import type { CustomerPageQuery, MeterKind, MoveInChecklistItem, CustomerKind } from '../gql/graphql';
import { useLang } from '../i18n';
import { useCan } from '../roles';
import { useSiteUnits } from '../units';
import { useBase, useUnitLabel } from './FrontDesk';

const TICKETS_PER_PAGE = 10;

const CUSTOMER_PAGE = graphql(`
  query CustomerPage($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      propertyId
      name
      kind
      phone
      email
      segment
      createdAt
      balanceFen
      arrearsMonths
      householdMembers {
        name
        relation
      }
      occupancies {
        id
        unitId
        kind
        startDate
        endDate
        keysHandedOver
        keysRetained
        checklist {
          item
          done
        }
        openItems
        household {
          id
          name
          relation
          phone
          since
          until
        }
        accessCards {
          id
          cardNumber
          issuedOn
          returnedOn
        }
      }
      accessCards {
        id
        cardNumber
        issuedOn
        returnedOn
      }
      moveOutRequests {
        id
        status
        unitId
        plannedDate
        reason
        releasePassNumber
        blockedReason
      }
      tickets(first: $first, after: $after) {
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
            unitId
            slaDeadlines {
              id
              kind
              dueAt
              state
              metAt
            }
            visitTask {
              id
              status
              selected
              dueAt
            }
          }
        }
      }
    }
  }
`);

const MOVE_IN = graphql(`
  mutation CustomerMoveIn($input: MoveInInput!) {
    moveIn(input: $input) {
      id
      openItems
    }
  }
`);

const COMPLETE_ITEMS = graphql(`
  mutation CompleteMoveInItems($occupancyId: ID!, $items: [MoveInChecklistItem!]!) {
    completeMoveInItems(occupancyId: $occupancyId, items: $items) {
      id
      openItems
      checklist {
        item
        done
      }
    }
  }
`);

const MOVE_OUT = graphql(`
  mutation CustomerMoveOut($input: MoveOutInput!) {
    requestMoveOut(input: $input) {
      id
      status
    }
  }
`);

const ARCHIVE = graphql(`
  query CustomerArchive($customerId: ID!, $purpose: String!) {
    archive(customerId: $customerId, purpose: $purpose) {
      id
      status
      department
      missingSections
      documents {
        id
        section
        name
        sizeBytes
        createdAt
      }
    }
  }
`);

const REQUEST_LOAN = graphql(`
  mutation RequestArchiveLoan($input: ArchiveLoanInput!) {
    requestArchiveLoan(input: $input) {
      id
      status
      days
    }
  }
`);

type PageCustomer = NonNullable<CustomerPageQuery['customer']>;
type Occupancy = PageCustomer['occupancies'][number];

/** The documents a clerk ticks at move-in, per kind (R-CUS-4 owner, R-CUS-5 lessee); the service decides. */
const HANDED_IN: Record<CustomerKind, MoveInChecklistItem[]> = {
  OWNER: [
    'NOTICE',
    'PURCHASE_CONTRACT',
    'PAYMENT_PROOF',
    'ID_AND_PHOTOS',
    'SIGNED_COVENANT',
    'FIRE_SAFETY_RESPONSIBILITY',
    'SERVICE_AGREEMENT',
  ],
  LESSEE: [
    'LEASE_SIGNED',
    'RENT_PAID',
    'ID_PROVIDED',
    'RENOVATION_ACCEPTED',
    'OWNER_PRESENT',
    'FIRE_SAFETY_RESPONSIBILITY',
  ],
  OCCUPANT: ['ID_PROVIDED'],
  EXTERNAL: ['ID_PROVIDED'],
};
const METERS: MeterKind[] = ['WATER', 'ELECTRICITY', 'GAS'];

/**
 * One customer as the front desk sees it: where they live, household, balance and arrears, move-in
 * checklist, move-outs with clearance and release pass, tickets with their deadlines, archive.
 */
export function CustomerPage() {
  const { id = '' } = useParams();
  const { t, lang } = useLang();
  const base = useBase();
  const can = useCan();
  const { units } = useSiteUnits();
  const unitLabel = useUnitLabel();
  const pages = useCursorPages();
  const q = useQuery(CUSTOMER_PAGE, {
    variables: { id, first: TICKETS_PER_PAGE, after: pages.after },
  });
  const c = q.data?.customer;
  const timeZone = units.find((u) => u.propertyId === c?.propertyId)?.timeZone ?? 'Asia/Shanghai';
  const [dialog, setDialog] = useState<'moveIn' | 'moveOut' | 'archive'>();
  const [visitFor, setVisitFor] = useState<string>();
  // Billing decides the clearance in the background: look again until every request is decided.
  const pending = c?.moveOutRequests.some((r) => r.status === 'PENDING_CLEARANCE');
  const { startPolling, stopPolling } = q;
  useEffect(() => {
    if (pending) startPolling(2000);
    else stopPolling();
    return stopPolling;
  }, [pending, startPolling, stopPolling]);

  if (q.error) return <Alert type="error" title={errorText(q.error, t)} />;
  if (!c)
    return q.loading ? (
      <Card loading />
    ) : (
      <Result
        status="404"
        title={t('customer.notFound')}
        extra={<Link to={`${base}/front-desk`}>{t('customer.back')}</Link>}
      />
    );
  const current = c.occupancies.filter((o) => occupiesOn(o, todayIn(timeZone)));
  const place = {
    propertyId: c.propertyId,
    unitId: current[0]?.unitId,
    customerId: c.id,
    timeZone,
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Link to={`${base}/front-desk`}>← {t('customer.back')}</Link>
      <Card
        title={
          <Space wrap size={8}>
            <span data-customer-name>{c.name}</span>
            <Tag color="blue">{t(`customerKind.${c.kind}`)}</Tag>
            <Tag>{t(`segment.${c.segment}`)}</Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {can('registerCustomer') && (
              <Button onClick={() => setDialog('moveIn')}>{t('customer.moveIn')}</Button>
            )}
            {can('registerCustomer') && current.length > 0 && (
              <Button onClick={() => setDialog('moveOut')}>{t('customer.moveOut')}</Button>
            )}
            <Button onClick={() => setDialog('archive')}>{t('customer.archive')}</Button>
          </Space>
        }
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} md={14}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('customer.phone')}>{c.phone}</Descriptions.Item>
              {c.email && <Descriptions.Item label={t('customer.email')}>{c.email}</Descriptions.Item>}
              <Descriptions.Item label={t('customer.units')}>
                {current.length
                  ? current.map((o) => (
                      <Tag key={o.id}>
                        {unitLabel(o.unitId)} · {t(`customerKind.${o.kind}`, { defaultValue: o.kind })}
                      </Tag>
                    ))
                  : t('customer.noUnit')}
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.household')}>
                {c.householdMembers.length
                  ? c.householdMembers.map((h) => `${h.name}（${h.relation}）`).join('、')
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.accessCards')}>
                {c.accessCards.some((k) => !k.returnedOn)
                  ? c.accessCards
                      .filter((k) => !k.returnedOn)
                      .map((k) => (
                        <Tag key={k.id} data-access-card={k.cardNumber}>
                          {k.cardNumber}
                        </Tag>
                      ))
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.since')}>
                {formatDateTime(c.createdAt, lang, timeZone)}
              </Descriptions.Item>
            </Descriptions>
          </Col>
          <Col xs={12} md={5}>
            <Statistic
              title={t('customer.balance')}
              value={formatFen(c.balanceFen, lang)}
              styles={{ content: { color: c.balanceFen > 0 ? '#cf1322' : undefined } }}
            />
          </Col>
          <Col xs={12} md={5}>
            <Statistic
              title={t('customer.arrearsMonths')}
              value={c.arrearsMonths}
              suffix={t('customer.months')}
              styles={{ content: { color: c.arrearsMonths > 0 ? '#cf1322' : undefined } }}
            />
          </Col>
        </Row>
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Occupancies customer={c} unitLabel={unitLabel} timeZone={timeZone} />
            {c.moveOutRequests.length > 0 && (
              <Card size="small" title={t('customer.moveOuts')}>
                <List
                  dataSource={c.moveOutRequests}
                  renderItem={(r) => (
                    <List.Item data-move-out={r.id}>
                      <Space orientation="vertical" size={2}>
                        <Space wrap size={4}>
                          <Typography.Text strong>{unitLabel(r.unitId)}</Typography.Text>
                          <Tag
                            color={
                              r.status === 'CLEARED'
                                ? 'success'
                                : r.status === 'PENDING_CLEARANCE'
                                  ? 'processing'
                                  : 'error'
                            }
                          >
                            {t(`moveOutStatus.${r.status}`)}
                          </Tag>
                          <Typography.Text type="secondary">
                            {t(`moveOutReason.${r.reason}`, { defaultValue: r.reason })} ·{' '}
                            {t('customer.plannedDate')} {formatDate(r.plannedDate, lang)}
                          </Typography.Text>
                        </Space>
                        {r.releasePassNumber && (
                          <Typography.Text>
                            {t('customer.releasePass')}{' '}
                            <Typography.Text strong copyable data-release-pass>
                              {r.releasePassNumber}
                            </Typography.Text>
                          </Typography.Text>
                        )}
                        {r.status === 'BLOCKED_ARREARS' && (
                          <Typography.Text type="danger">
                            {t('customer.blocked', { balance: formatFen(c.balanceFen, lang) })}
                          </Typography.Text>
                        )}
                      </Space>
                    </List.Item>
                  )}
                />
              </Card>
            )}
            <Card size="small" title={t('customer.tickets', { count: c.tickets.totalCount })}>
              <CustomerTickets
                tickets={c.tickets.edges.map((e) => e.node)}
                unitLabel={unitLabel}
                timeZone={timeZone}
                onVisit={can('recordVisit') ? setVisitFor : undefined}
              />
              <Pager
                pages={pages}
                pageInfo={c.tickets.pageInfo}
                totalCount={c.tickets.totalCount}
                pageSize={TICKETS_PER_PAGE}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          {can('logTicket') && (
            <TicketForm
              key={c.id}
              place={place}
              onLogged={() => void q.refetch()}
              title={
                place.unitId
                  ? t('customer.logForUnit', { name: c.name, unit: unitLabel(place.unitId) })
                  : t('customer.logFor', { name: c.name })
              }
            />
          )}
        </Col>
      </Row>

      {dialog === 'moveIn' && (
        <MoveInDialog
          customer={c}
          timeZone={timeZone}
          onClose={() => setDialog(undefined)}
          onDone={() => void q.refetch()}
        />
      )}
      {dialog === 'moveOut' && (
        <MoveOutDialog
          customer={c}
          occupancies={current}
          unitLabel={unitLabel}
          timeZone={timeZone}
          onClose={() => setDialog(undefined)}
          onDone={() => void q.refetch()}
        />
      )}
      {dialog === 'archive' && <ArchiveDialog customer={c} onClose={() => setDialog(undefined)} />}
      {visitFor && (
        <VisitForm
          ticketId={visitFor}
          onClose={() => setVisitFor(undefined)}
          onDone={() => void q.refetch()}
        />
      )}
    </Space>
  );
}

function CustomerTickets({
  tickets,
  unitLabel,
  timeZone,
  onVisit,
}: {
  tickets: PageCustomer['tickets']['edges'][number]['node'][];
  unitLabel: (id: string) => string;
  timeZone: string;
  onVisit?: (ticketId: string) => void;
}) {
  const { t, lang } = useLang();
  const now = useNow();
  if (!tickets.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customer.noTickets')} />;
  return (
    <List
      dataSource={tickets}
      renderItem={(k) => {
        const next = nextDeadline(k.slaDeadlines);
        const visitDue = k.visitTask?.selected && k.visitTask.status === 'OPEN';
        return (
          <List.Item
            data-ticket={k.id}
            actions={
              visitDue && onVisit
                ? [
                    <Button key="visit" size="small" onClick={() => onVisit(k.id)}>
                      {t('visit.record')}
                    </Button>,
                  ]
                : []
            }
          >
            <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
              <Space wrap size={4}>
                <Tag>{t(`ticketKind.${k.kind}`)}</Tag>
                <Tag color={['COMPLETED', 'MERGED', 'REFUSED'].includes(k.status) ? 'default' : 'processing'}>
                  {t(`status.${k.status}`)}
                </Tag>
                {k.unitId && <Typography.Text>{unitLabel(k.unitId)}</Typography.Text>}
                {next && <SlaTag deadline={next} now={now} />}
                {visitDue && <Tag color="gold">{t('visit.due')}</Tag>}
              </Space>
              <Typography.Text>{k.description}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(k.createdAt, lang, timeZone)}
              </Typography.Text>
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

/** Occupancies with the move-in checklist: what is done and what is still open, ticked off here. */
function Occupancies({
  customer,
  unitLabel,
  timeZone,
}: {
  customer: PageCustomer;
  unitLabel: (id: string) => string;
  timeZone: string;
}) {
  const { t, lang } = useLang();
  const can = useCan();
  const { message } = App.useApp();
  const [complete, completing] = useMutation(COMPLETE_ITEMS);
  const [ticked, setTicked] = useState<Record<string, MoveInChecklistItem[]>>({});
  if (!customer.occupancies.length)
    return (
      <Card size="small" title={t('customer.occupancy')}>
        <Typography.Text type="secondary">{t('customer.noUnit')}</Typography.Text>
      </Card>
    );
  return (
    <Card size="small" title={t('customer.occupancy')}>
      {completing.error && (
        <Alert style={{ marginBottom: 8 }} type="error" title={errorText(completing.error, t)} />
      )}
      <List
        dataSource={customer.occupancies}
        renderItem={(o: Occupancy) => (
          <List.Item data-occupancy={o.id}>
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap size={4}>
                <Typography.Text strong>{unitLabel(o.unitId)}</Typography.Text>
                <Tag>{t(`customerKind.${o.kind}`, { defaultValue: o.kind })}</Tag>
                <Typography.Text type="secondary">
                  {formatDate(o.startDate, lang)} –{' '}
                  {o.endDate ? formatDate(o.endDate, lang) : t('customer.now')}
                </Typography.Text>
                {o.keysRetained > 0 && (
                  <Tag color="warning">{t('customer.keysRetained', { count: o.keysRetained })}</Tag>
                )}
              </Space>
              <Typography.Text type="secondary">{t('customer.checklist')}</Typography.Text>
              <Space wrap size={[4, 4]}>
                {o.checklist.map((e) => (
                  <Tag
                    key={e.item}
                    color={e.done ? 'success' : 'default'}
                    data-item={e.item}
                    data-done={e.done}
                  >
                    {e.done ? '✓ ' : '○ '}
                    {t(`checklist.${e.item}`)}
                  </Tag>
                ))}
              </Space>
              {o.household.length > 0 && (
                <>
                  <Typography.Text type="secondary">{t('customer.householdRecords')}</Typography.Text>
                  <Space wrap size={[4, 4]}>
                    {o.household.map((h) => (
                      <Tag key={h.id} data-household-member={h.id} color={h.until ? 'default' : 'blue'}>
                        {h.name}（{h.relation}）{h.phone ? ` ${h.phone}` : ''} · {formatDate(h.since, lang)} –{' '}
                        {h.until ? formatDate(h.until, lang) : t('customer.now')}
                      </Tag>
                    ))}
                  </Space>
                </>
              )}
              {o.accessCards.length > 0 && (
                <>
                  <Typography.Text type="secondary">{t('customer.accessCards')}</Typography.Text>
                  <Space wrap size={[4, 4]}>
                    {o.accessCards.map((k) => (
                      <Tag
                        key={k.id}
                        data-access-card={k.cardNumber}
                        color={k.returnedOn ? 'default' : 'success'}
                      >
                        {k.cardNumber} · {formatDate(k.issuedOn, lang)}
                        {k.returnedOn
                          ? ` · ${t('customer.cardReturned', { date: formatDate(k.returnedOn, lang) })}`
                          : ''}
                      </Tag>
                    ))}
                  </Space>
                </>
              )}
              {occupiesOn(o, todayIn(timeZone)) && o.openItems.length > 0 && can('registerCustomer') && (
                <Space wrap align="center">
                  <Typography.Text>{t('customer.catchUp')}</Typography.Text>
                  <Checkbox.Group
                    value={ticked[o.id] ?? []}
                    onChange={(v) => setTicked({ ...ticked, [o.id]: v as MoveInChecklistItem[] })}
                    options={o.openItems
                      // Derived items follow from readings, keys and the archive; they are not ticked by hand.
                      .filter((i) => !['METER_READINGS', 'KEYS_HANDED_OVER', 'ARCHIVE_CREATED'].includes(i))
                      .map((i) => ({ value: i, label: t(`checklist.${i}`) }))}
                  />
                  <Button
                    size="small"
                    type="primary"
                    disabled={!ticked[o.id]?.length}
                    loading={completing.loading}
                    onClick={() =>
                      void complete({ variables: { occupancyId: o.id, items: ticked[o.id] ?? [] } }).then(
                        () => {
                          setTicked({ ...ticked, [o.id]: [] });
                          message.success(t('customer.itemsDone'));
                        },
                        () => undefined,
                      )
                    }
                  >
                    {t('customer.markDone')}
                  </Button>
                </Space>
              )}
            </Space>
          </List.Item>
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('customer.zoneNote', { zone: timeZone })}
      </Typography.Text>
    </Card>
  );
}

interface MoveInValues {
  unitId: string;
  date: string;
  documents: MoveInChecklistItem[];
  byAgent?: boolean;
  keysHandedOver?: number;
  defectsOpen?: boolean;
  WATER?: number;
  ELECTRICITY?: number;
  GAS?: number;
}

function MoveInDialog({
  customer,
  timeZone,
  onClose,
  onDone,
}: {
  customer: PageCustomer;
  timeZone: string;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useLang();
  const { message } = App.useApp();
  const { units } = useSiteUnits();
  const [moveIn, { loading, error }] = useMutation(MOVE_IN);
  const [form] = Form.useForm<MoveInValues>();
  const options = useMemo(
    () =>
      units
        .filter((u) => u.propertyId === customer.propertyId)
        .map((u) => ({
          value: u.id,
          label: t('frontDesk.unitLabel', { building: u.building, number: u.number }),
        })),
    [units, customer.propertyId, t],
  );
  const submit = (v: MoveInValues) =>
    moveIn({
      variables: {
        input: {
          customerId: customer.id,
          unitId: v.unitId,
          date: v.date,
          documents: v.documents,
          byAgent: v.byAgent,
          keysHandedOver: v.keysHandedOver ?? undefined,
          defectsOpen: v.defectsOpen,
          meterReadings: METERS.filter((m) => typeof v[m] === 'number').map((m) => ({
            meter: m,
            reading: v[m]!,
          })),
        },
      },
    }).then(
      (r) => {
        const open = r.data?.moveIn.openItems.length ?? 0;
        message.success(open ? t('customer.movedInOpen', { count: open }) : t('customer.movedIn'));
        onDone();
        onClose();
      },
      () => undefined,
    );
  return (
    <Modal
      open
      title={t('customer.moveInTitle', { name: customer.name })}
      okText={t('customer.moveInSave')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ date: todayIn(timeZone), documents: [], keysHandedOver: 2 }}
        onFinish={submit}
      >
        <Form.Item
          name="unitId"
          label={t('customer.unit')}
          rules={[{ required: true, message: t('customer.unitRequired') }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
        </Form.Item>
        <Form.Item name="date" label={t('customer.moveInDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="documents"
          label={t('customer.documents')}
          extra={t(`customer.documentsHint.${customer.kind}`)}
        >
          <Checkbox.Group
            style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 4 }}
            options={HANDED_IN[customer.kind].map((i) => ({ value: i, label: t(`checklist.${i}`) }))}
          />
        </Form.Item>
        {customer.kind === 'OWNER' && (
          <Form.Item name="byAgent" valuePropName="checked">
            <Checkbox>{t('customer.byAgent')}</Checkbox>
          </Form.Item>
        )}
        <Space wrap size={12}>
          {METERS.map((m) => (
            <Form.Item key={m} name={m} label={t(`meter.${m}`)}>
              <InputNumber min={0} style={{ width: 140 }} />
            </Form.Item>
          ))}
        </Space>
        <Space wrap size={12}>
          <Form.Item name="keysHandedOver" label={t('customer.keys')}>
            <InputNumber min={0} max={20} />
          </Form.Item>
          <Form.Item name="defectsOpen" valuePropName="checked" label=" ">
            <Checkbox>{t('customer.defectsOpen')}</Checkbox>
          </Form.Item>
        </Space>
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}

function MoveOutDialog({
  customer,
  occupancies,
  unitLabel,
  timeZone,
  onClose,
  onDone,
}: {
  customer: PageCustomer;
  occupancies: Occupancy[];
  unitLabel: (id: string) => string;
  timeZone: string;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [request, { loading, error }] = useMutation(MOVE_OUT);
  const [form] = Form.useForm<{ unitId: string; plannedDate: string; ownerConsent?: boolean }>();
  return (
    <Modal
      open
      title={t('customer.moveOutTitle', { name: customer.name })}
      okText={t('customer.moveOutSave')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('customer.moveOutHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ unitId: occupancies[0]?.unitId, plannedDate: addDays(todayIn(timeZone), 7) }}
        onFinish={(v) =>
          void request({
            variables: {
              input: {
                customerId: customer.id,
                unitId: v.unitId,
                plannedDate: v.plannedDate,
                ownerConsent: v.ownerConsent,
              },
            },
          }).then(
            () => {
              message.success(t('customer.moveOutRequested'));
              onDone();
              onClose();
            },
            () => undefined,
          )
        }
      >
        <Form.Item name="unitId" label={t('customer.unit')} rules={[{ required: true }]}>
          <Select options={occupancies.map((o) => ({ value: o.unitId, label: unitLabel(o.unitId) }))} />
        </Form.Item>
        <Form.Item name="plannedDate" label={t('customer.plannedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {customer.kind === 'LESSEE' && (
          <Form.Item name="ownerConsent" valuePropName="checked">
            <Checkbox>{t('customer.ownerConsent')}</Checkbox>
          </Form.Item>
        )}
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}

/**
 * The archive is confidential (R-ARC-2): every read names its purpose and is logged. Whoever may
 * not read it directly asks for a loan, which a manager approves.
 */
function ArchiveDialog({ customer, onClose }: { customer: PageCustomer; onClose(): void }) {
  const { t, lang } = useLang();
  const [purpose, setPurpose] = useState('');
  const [read, archive] = useLazyQuery(ARCHIVE, { fetchPolicy: 'network-only' });
  const [ask, loan] = useMutation(REQUEST_LOAN);
  const [days, setDays] = useState(3);
  const refused =
    CombinedGraphQLErrors.is(archive.error) && archive.error.errors[0]?.extensions?.code === 'FORBIDDEN';
  const a = archive.data?.archive;
  return (
    <Modal
      open
      title={t('archive.title', { name: customer.name })}
      footer={null}
      onCancel={onClose}
      width={640}
    >
      {!a && !loan.data && (
        <Form
          layout="vertical"
          onFinish={() => void read({ variables: { customerId: customer.id, purpose: purpose.trim() } })}
        >
          <Form.Item
            label={t('archive.purpose')}
            extra={t('archive.purposeHint')}
            required
            htmlFor="archive-purpose"
          >
            <Input
              id="archive-purpose"
              autoFocus
              value={purpose}
              onChange={(e) => setPurpose(e.target.value)}
              placeholder={t('archive.purposePlaceholder')}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!purpose.trim()} loading={archive.loading}>
            {t('archive.open')}
          </Button>
        </Form>
      )}
      {archive.error && !refused && (
        <Alert style={{ marginTop: 12 }} type="error" title={errorText(archive.error, t)} />
      )}
      {refused && !loan.data && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          title={t('archive.needLoan')}
          description={
            <Space wrap style={{ marginTop: 8 }}>
              <span>{t('archive.days')}</span>
              <InputNumber
                aria-label={t('archive.days')}
                min={1}
                max={7}
                value={days}
                onChange={(v) => setDays(v ?? 1)}
              />
              <Button
                loading={loan.loading}
                onClick={() =>
                  void ask({
                    variables: { input: { customerId: customer.id, purpose: purpose.trim(), days } },
                  }).catch(() => undefined)
                }
              >
                {t('archive.requestLoan')}
              </Button>
            </Space>
          }
        />
      )}
      {loan.error && <Alert style={{ marginTop: 12 }} type="error" title={errorText(loan.error, t)} />}
      {loan.data && (
        <Result status="success" title={t('archive.loanRequested')} subTitle={t('archive.loanHint')} />
      )}
      {a && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('archive.logged', { purpose })}</Typography.Text>
          {a.missingSections.length > 0 && (
            <Alert
              type="warning"
              title={t('archive.missing', {
                sections: a.missingSections.map((s) => t(`archiveSection.${s}`)).join('、'),
              })}
            />
          )}
          <Table
            rowKey="id"
            size="small"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={a.documents}
            locale={{ emptyText: t('archive.noDocuments') }}
            columns={[
              { title: t('archive.section'), render: (_, d) => t(`archiveSection.${d.section}`) },
              { title: t('archive.document'), dataIndex: 'name' },
              { title: t('archive.added'), render: (_, d) => formatDateTime(d.createdAt, lang) },
            ]}
          />
        </Space>
      )}
    </Modal>
  );
}
