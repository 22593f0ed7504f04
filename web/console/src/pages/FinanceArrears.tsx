import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Form,
  Input,
  Modal,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { Pager, useCursorPages } from '../components/Pager';
import { errorText } from '../errors';
import { formatDate, formatDateTime, formatFen, todayIn } from '../format';
import { graphql } from '../gql';
import type {
  ArrearsStage,
  BillStatus,
  BillingRegisterKind,
  FinanceArrearsQuery,
  FinanceDunningQuery,
} from '../gql/graphql';
import { useLang } from '../i18n';
import { useCan } from '../roles';
import { useSiteUnits } from '../units';

const ARREARS = graphql(`
  query FinanceArrears($propertyId: ID!, $asOf: Date!) {
    arrears(propertyId: $propertyId, asOf: $asOf) {
      overdueFen
      months
      stage
      oldestDueDate
      customer {
        id
        name
        phone
      }
    }
  }
`);

const DUNNING = graphql(`
  query FinanceDunning($propertyId: ID!, $status: BillStatus!, $first: Int!, $after: String) {
    bills(first: $first, after: $after, filter: { propertyId: $propertyId, status: $status }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          unitId
          period
          totalFen
          paidFen
          dueDate
          enforcementSince
          dunningRounds {
            id
            round
            scheduledOn
            noticeDate
            validUntil
            noticeStatus
            responsibleRole
            method
            generatedAt
            deliveredAt
            signedReceipt
            note
          }
        }
      }
    }
  }
`);

const RUN_DUNNING = graphql(`
  mutation RunDunning($propertyId: ID!, $asOf: Date!) {
    runDunning(propertyId: $propertyId, asOf: $asOf) {
      roundsCreated
      enforcementListed
    }
  }
`);

const DELIVERY = graphql(`
  mutation RecordDunningDelivery($input: DunningDeliveryInput!) {
    recordDunningDelivery(input: $input) {
      id
      deliveredAt
      signedReceipt
      note
    }
  }
`);

const REISSUE = graphql(`
  mutation ReissueDunningNotice($roundId: ID!) {
    reissueDunningNotice(roundId: $roundId) {
      id
      noticeDate
      validUntil
      noticeStatus
    }
  }
`);

const EXPORT_REGISTER = graphql(`
  mutation ExportBillingRegister(
    $kind: BillingRegisterKind!
    $propertyId: ID!
    $from: Date
    $to: Date
    $language: DocumentLanguage!
  ) {
    exportBillingRegister(kind: $kind, propertyId: $propertyId, from: $from, to: $to, language: $language) {
      fileName
      url
      expiresAt
    }
  }
`);

type Row = FinanceArrearsQuery['arrears'][number];
type DunningBill = FinanceDunningQuery['bills']['edges'][number]['node'];
type Round = DunningBill['dunningRounds'][number];

/**
 * A billing register as .xlsx: the API writes it and answers a signed link that lives a few
 * minutes, so the link is offered once it is there (a pop-up opened after the round trip would
 * be blocked), with the file's name.
 */
export function ExportRegister({
  kind,
  propertyId,
  from,
  to,
  label,
}: {
  kind: BillingRegisterKind;
  propertyId: string;
  from?: string;
  to?: string;
  label: string;
}) {
  const { t, lang } = useLang();
  const [run, { data, loading, error, reset }] = useMutation(EXPORT_REGISTER);
  // Another property or range is another file: the old link no longer answers what is shown.
  useEffect(reset, [kind, propertyId, from, to, reset]);
  const doc = data?.exportBillingRegister;
  return (
    <Space wrap>
      <Button
        loading={loading}
        onClick={() =>
          void run({
            variables: { kind, propertyId, from, to, language: lang === 'en' ? 'EN' : 'ZH_CN' },
          }).catch(() => undefined)
        }
      >
        {label}
      </Button>
      {doc && (
        <a href={doc.url} target="_blank" rel="noreferrer" data-document={kind}>
          {t('documents.download', { file: doc.fileName })}
        </a>
      )}
      {error && <Typography.Text type="danger">{errorText(error, t)}</Typography.Text>}
    </Space>
  );
}

/** R-BIL-7 stages from the least to the most serious. */
const STAGES: ArrearsStage[] = ['OVERDUE', 'ARREARS', 'MEDIATION', 'PUBLIC_LISTING', 'LEGAL'];
const STAGE_COLOR: Record<ArrearsStage, string> = {
  OVERDUE: 'gold',
  ARREARS: 'orange',
  MEDIATION: 'volcano',
  PUBLIC_LISTING: 'red',
  LEGAL: 'magenta',
};

/** Arrears ageing (R-BIL-7) as of today at the property: totals by stage, the customers behind them. */
export function ArrearsView({
  propertyId,
  timeZone,
  picker,
}: {
  propertyId: string;
  timeZone: string;
  picker: ReactNode;
}) {
  const { t, lang } = useLang();
  const asOf = todayIn(timeZone);
  const q = useQuery(ARREARS, { variables: { propertyId, asOf } });
  const [stage, setStage] = useState<ArrearsStage | 'ALL'>('ALL');
  const rows = useMemo(() => q.data?.arrears ?? [], [q.data]);
  const byStage = useMemo(
    () =>
      STAGES.map((s) => {
        const of = rows.filter((r) => r.stage === s);
        return { stage: s, count: of.length, fen: of.reduce((n, r) => n + r.overdueFen, 0) };
      }).filter((s) => s.stage !== 'ARREARS' || s.count > 0),
    [rows],
  );
  const shown = stage === 'ALL' ? rows : rows.filter((r) => r.stage === stage);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('arrears.title')}
        extra={
          <Typography.Text type="secondary">
            {t('arrears.asOf', { date: formatDate(asOf, lang) })}
          </Typography.Text>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          {picker}
          <ExportRegister
            kind="ARREARS"
            propertyId={propertyId}
            to={asOf}
            label={t('documents.exportArrears')}
          />
        </Space>
        {q.error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(q.error, t)} />}
        <Row gutter={[12, 12]}>
          {byStage.map((s) => (
            <Col key={s.stage} xs={12} md={6} xl={4}>
              <Card size="small" data-stage={s.stage}>
                <Statistic
                  title={<Tag color={STAGE_COLOR[s.stage]}>{t(`arrears.stage.${s.stage}`)}</Tag>}
                  value={formatFen(s.fen, lang)}
                  loading={q.loading && !q.data}
                />
                <Typography.Text type="secondary">
                  {t('arrears.customers', { count: s.count })}
                </Typography.Text>
              </Card>
            </Col>
          ))}
        </Row>
      </Card>
      <Card>
        <Segmented
          style={{ marginBottom: 12 }}
          value={stage}
          onChange={(v) => setStage(v as ArrearsStage | 'ALL')}
          options={[
            { value: 'ALL', label: t('arrears.all') },
            ...byStage.map((s) => ({ value: s.stage, label: t(`arrears.stage.${s.stage}`) })),
          ]}
        />
        <Table<Row>
          rowKey={(r) => r.customer.id}
          size="small"
          loading={q.loading && !q.data}
          scroll={{ x: 'max-content' }}
          // One list per property from the API (not a connection): paged here, 20 at a time.
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          dataSource={shown}
          locale={{ emptyText: <Empty description={t('arrears.none')} /> }}
          columns={[
            { title: t('arrears.customer'), render: (_, r) => r.customer.name },
            { title: t('arrears.phone'), render: (_, r) => r.customer.phone },
            {
              title: t('arrears.stageTitle'),
              render: (_, r) => <Tag color={STAGE_COLOR[r.stage]}>{t(`arrears.stage.${r.stage}`)}</Tag>,
            },
            { title: t('arrears.months'), align: 'end', render: (_, r) => r.months },
            { title: t('arrears.overdue'), align: 'end', render: (_, r) => formatFen(r.overdueFen, lang) },
            { title: t('arrears.oldest'), render: (_, r) => formatDate(r.oldestDueDate, lang) },
          ]}
        />
      </Card>
    </Space>
  );
}

const PER_PAGE = 30;

/** Dunning rounds (R-BIL-6) of unpaid bills with their delivery and signed receipt. */
export function DunningView({
  propertyId,
  timeZone,
  picker,
}: {
  propertyId: string;
  timeZone: string;
  picker: ReactNode;
}) {
  const { t, lang } = useLang();
  const can = useCan();
  const { message } = App.useApp();
  const { units } = useSiteUnits();
  const [status, setStatus] = useState<BillStatus>('ISSUED');
  const [onlyDunned, setOnlyDunned] = useState(true);
  const pages = useCursorPages();
  const { reset } = pages;
  useEffect(reset, [propertyId, status, reset]);
  const q = useQuery(DUNNING, {
    variables: { propertyId, status, first: PER_PAGE, after: pages.after },
  });
  const [run, running] = useMutation(RUN_DUNNING);
  const [reissue, reissuing] = useMutation(REISSUE);
  const [delivering, setDelivering] = useState<Round>();
  const bills = (q.data?.bills.edges.map((e) => e.node) ?? []).filter(
    (b) => !onlyDunned || b.dunningRounds.length > 0,
  );
  const unitLabel = (id: string) => {
    const u = units.find((x) => x.id === id);
    return u ? t('frontDesk.unitLabel', { building: u.building, number: u.number }) : '';
  };
  const asOf = todayIn(timeZone);
  return (
    <Card title={t('dunning.title')}>
      <Space wrap style={{ marginBottom: 12 }}>
        {picker}
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as BillStatus)}
          options={(['ISSUED', 'PARTIALLY_PAID'] as const).map((s) => ({
            value: s,
            label: t(`finance.billStatus.${s}`),
          }))}
        />
        <Checkbox checked={onlyDunned} onChange={(e) => setOnlyDunned(e.target.checked)}>
          {t('dunning.onlyDunned')}
        </Checkbox>
        <ExportRegister kind="DUNNING_ROUNDS" propertyId={propertyId} label={t('documents.exportDunning')} />
        {can('runDunning') && (
          <Button
            loading={running.loading}
            onClick={() =>
              void run({ variables: { propertyId, asOf } }).then(
                (r) => {
                  const d = r.data?.runDunning;
                  message.success(
                    t('dunning.ran', { rounds: d?.roundsCreated ?? 0, listed: d?.enforcementListed ?? 0 }),
                  );
                  void q.refetch();
                },
                (e: unknown) => message.error(errorText(e, t)),
              )
            }
          >
            {t('dunning.run', { date: formatDate(asOf, lang) })}
          </Button>
        )}
      </Space>
      {q.error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(q.error, t)} />}
      <Table<DunningBill>
        rowKey="id"
        size="small"
        pagination={false}
        loading={q.loading && !q.data}
        scroll={{ x: 'max-content' }}
        dataSource={bills}
        locale={{ emptyText: <Empty description={t('dunning.none')} /> }}
        columns={[
          { title: t('finance.unit'), render: (_, b) => unitLabel(b.unitId) },
          { title: t('finance.period'), dataIndex: 'period' },
          {
            title: t('dunning.owed'),
            align: 'end',
            render: (_, b) => formatFen(b.totalFen - b.paidFen, lang),
          },
          { title: t('finance.due'), render: (_, b) => formatDate(b.dueDate, lang) },
          {
            title: t('dunning.rounds'),
            render: (_, b) => (
              <Space orientation="vertical" size={4}>
                {b.dunningRounds.map((r) => (
                  <Space key={r.id} wrap size={4} data-round={r.round}>
                    <Tag color={r.deliveredAt ? (r.signedReceipt ? 'success' : 'processing') : 'warning'}>
                      {t('dunning.round', { n: r.round })} ·{' '}
                      {t(`dunning.role.${r.responsibleRole}`, { defaultValue: r.responsibleRole })}
                    </Tag>
                    <Typography.Text type="secondary">
                      {r.deliveredAt
                        ? t(r.signedReceipt ? 'dunning.deliveredSigned' : 'dunning.delivered', {
                            at: formatDateTime(r.deliveredAt, lang, timeZone),
                          })
                        : t('dunning.scheduled', { date: formatDate(r.noticeDate, lang) })}
                    </Typography.Text>
                    {/* R-DOC-3: a notice not delivered within its validity is reissued, not delivered. */}
                    {r.noticeStatus === 'EXPIRED' ? (
                      <Tag color="error" data-notice="expired">
                        {t('dunning.expired', { date: formatDate(r.validUntil, lang) })}
                      </Tag>
                    ) : (
                      !r.deliveredAt && (
                        <Typography.Text type="secondary">
                          {t('dunning.validUntil', { date: formatDate(r.validUntil, lang) })}
                        </Typography.Text>
                      )
                    )}
                    {r.noticeStatus === 'VALID' && can('recordDunningDelivery') && (
                      <Button size="small" onClick={() => setDelivering(r)}>
                        {t('dunning.recordDelivery')}
                      </Button>
                    )}
                    {r.noticeStatus === 'EXPIRED' && can('recordDunningDelivery') && (
                      <Button
                        size="small"
                        loading={reissuing.loading}
                        onClick={() =>
                          void reissue({ variables: { roundId: r.id } }).then(
                            () => {
                              message.success(t('dunning.reissued'));
                              void q.refetch();
                            },
                            (e: unknown) => message.error(errorText(e, t)),
                          )
                        }
                      >
                        {t('dunning.reissue')}
                      </Button>
                    )}
                  </Space>
                ))}
                {b.enforcementSince && (
                  <Tag color="red">
                    {t('dunning.enforcement', { date: formatDate(b.enforcementSince, lang) })}
                  </Tag>
                )}
                {!b.dunningRounds.length && '—'}
              </Space>
            ),
          },
        ]}
      />
      <Pager
        pages={pages}
        pageInfo={q.data?.bills.pageInfo}
        totalCount={q.data?.bills.totalCount}
        pageSize={PER_PAGE}
      />
      {delivering && (
        <DeliveryDialog
          round={delivering}
          onClose={() => setDelivering(undefined)}
          onDone={() => void q.refetch()}
        />
      )}
    </Card>
  );
}

/** "YYYY-MM-DDTHH:mm" of a datetime-local input, in the browser's clock, for now. */
const localNow = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

function DeliveryDialog({ round, onClose, onDone }: { round: Round; onClose(): void; onDone(): void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [record, { loading, error }] = useMutation(DELIVERY);
  const [form] = Form.useForm<{ deliveredAt: string; signedReceipt: boolean; note?: string }>();
  return (
    <Modal
      open
      title={t('dunning.deliveryTitle', { n: round.round })}
      okText={t('dunning.save')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ deliveredAt: localNow(), signedReceipt: true }}
        onFinish={(v) =>
          void record({
            variables: {
              input: {
                roundId: round.id,
                // Typed as the clerk's wall clock; sent as the instant it names.
                deliveredAt: new Date(v.deliveredAt).toISOString(),
                signedReceipt: v.signedReceipt,
                note: v.note || undefined,
              },
            },
          }).then(
            () => {
              message.success(t('dunning.saved'));
              onDone();
              onClose();
            },
            () => undefined,
          )
        }
      >
        <Form.Item name="deliveredAt" label={t('dunning.deliveredAt')} rules={[{ required: true }]}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item name="signedReceipt" valuePropName="checked">
          <Checkbox>{t('dunning.signedReceipt')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('dunning.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}
