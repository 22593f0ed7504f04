import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { Pager, useCursorPages } from '../components/Pager';
import { errorText } from '../errors';
import { formatDate, formatFen, lastMonths, parseYuan, periodOf } from '../format';
import { graphql } from '../gql';
import type { FinanceBillsQuery } from '../gql/graphql';
import { useLang } from '../i18n';
import { useSiteUnits } from '../units';
import { ArrearsView, DunningView, ExportRegister } from './FinanceArrears';
import { FeeChangesView } from './FinanceFeeChanges';

const BILLS_PER_PAGE = 50;

const RUN_BILLING = graphql(`
  mutation RunBilling($input: RunBillingInput!) {
    runBilling(input: $input) {
      id
      status
      billsCreated
      unitsTotal
      unitsDone
      error
    }
  }
`);

const BILLING_RUN = graphql(`
  query BillingRunProgress($id: ID!) {
    billingRun(id: $id) {
      id
      status
      billsCreated
      unitsTotal
      unitsDone
      error
    }
  }
`);

const BILLS = graphql(`
  query FinanceBills($propertyId: ID!, $period: String!, $first: Int!, $after: String) {
    bills(first: $first, after: $after, filter: { propertyId: $propertyId, period: $period }) {
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
  }
`);

const RECORD_PAYMENT = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
      receiptNumber
      amountFen
    }
  }
`);

type Bill = FinanceBillsQuery['bills']['edges'][number]['node'];

/** 128 random bits as hex; crypto.randomUUID exists only on https or localhost pages. */
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** Finance: the month's bills and payments, arrears by ageing stage, dunning rounds, fee changes. */
export function Finance() {
  const { t } = useLang();
  const { units } = useSiteUnits();
  const properties = useMemo(
    () => [...new Map(units.map((u) => [u.propertyId, u.propertyName])).entries()],
    [units],
  );
  const [chosen, setProperty] = useState<string>();
  const propertyId = chosen ?? properties[0]?.[0];
  const timeZone = units.find((u) => u.propertyId === propertyId)?.timeZone ?? 'Asia/Shanghai';
  const picker = (
    <Select
      aria-label={t('finance.property')}
      style={{ minWidth: 200 }}
      value={propertyId}
      onChange={setProperty}
      options={properties.map(([id, name]) => ({ value: id, label: name }))}
    />
  );
  return (
    <Tabs
      destroyOnHidden
      items={[
        {
          key: 'bills',
          label: t('finance.tabs.bills'),
          children: <Bills propertyId={propertyId} picker={picker} />,
        },
        {
          key: 'arrears',
          label: t('finance.tabs.arrears'),
          children: propertyId && <ArrearsView propertyId={propertyId} timeZone={timeZone} picker={picker} />,
        },
        {
          key: 'dunning',
          label: t('finance.tabs.dunning'),
          children: propertyId && <DunningView propertyId={propertyId} timeZone={timeZone} picker={picker} />,
        },
        {
          key: 'feeChanges',
          label: t('finance.tabs.feeChanges'),
          children: propertyId && (
            <FeeChangesView propertyId={propertyId} timeZone={timeZone} picker={picker} />
          ),
        },
      ]}
    />
  );
}

const PRINT_NOTICES = graphql(`
  mutation PrintPaymentNotices($propertyId: ID!, $period: String!, $language: DocumentLanguage!) {
    printBatch(kind: PAYMENT_NOTICES, propertyId: $propertyId, period: $period, language: $language) {
      id
      status
      progress
      error
      document {
        fileName
        url
      }
    }
  }
`);

const PRINT_JOB = graphql(`
  query PrintJobProgress($id: ID!) {
    printJob(id: $id) {
      id
      status
      progress
      error
      document {
        fileName
        url
      }
    }
  }
`);

/** `YYYY-MM` → its last day, `YYYY-MM-DD`. */
const lastDayOf = (period: string) => {
  const [y, m] = period.split('-').map(Number);
  return `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * R-DOC-2: the month's payment notices of the property in one PDF. The API renders them in the
 * background; the job is polled for its progress and, once done, offers the signed link.
 */
function PrintNotices({ propertyId, period }: { propertyId: string; period: string }) {
  const { t, lang } = useLang();
  const [start, started] = useMutation(PRINT_NOTICES);
  const jobId = started.data?.printBatch.id;
  const polled = useQuery(PRINT_JOB, { variables: { id: jobId ?? '' }, skip: !jobId, pollInterval: 1000 });
  const job = polled.data?.printJob ?? started.data?.printBatch;
  const { stopPolling } = polled;
  const { reset } = started;
  useEffect(() => {
    if (job && job.status !== 'RUNNING') stopPolling();
  }, [job, stopPolling]);
  useEffect(reset, [propertyId, period, reset]);
  const failed = started.error ?? polled.error;
  return (
    <Space wrap>
      <Button
        disabled={job?.status === 'RUNNING'}
        loading={started.loading}
        onClick={() =>
          void start({
            variables: { propertyId, period, language: lang === 'en' ? 'EN' : 'ZH_CN' },
          }).catch(() => undefined)
        }
      >
        {t('documents.printNotices')}
      </Button>
      {job?.status === 'RUNNING' && (
        <Progress
          aria-label={t('documents.printing')}
          style={{ width: 160 }}
          size="small"
          percent={Math.round(job.progress * 100)}
        />
      )}
      {job?.status === 'DONE' && job.document && (
        <a href={job.document.url} target="_blank" rel="noreferrer" data-document="PAYMENT_NOTICES">
          {t('documents.download', { file: job.document.fileName })}
        </a>
      )}
      {job?.status === 'FAILED' && (
        <Typography.Text type="danger">{t('finance.failed', { error: job.error ?? '' })}</Typography.Text>
      )}
      {failed && <Typography.Text type="danger">{errorText(failed, t)}</Typography.Text>}
    </Space>
  );
}

function Bills({ propertyId, picker }: { propertyId?: string; picker: ReactNode }) {
  const { t, lang } = useLang();
  const { units } = useSiteUnits();
  const months = useMemo(() => lastMonths(periodOf(new Date())), []);
  const [period, setPeriod] = useState(months[0]);
  const pages = useCursorPages();
  const { reset } = pages;
  useEffect(reset, [propertyId, period, reset]);
  const [runId, setRunId] = useState<string>();
  const [paying, setPaying] = useState<Bill>();
  const [run, started] = useMutation(RUN_BILLING);
  const progress = useQuery(BILLING_RUN, {
    variables: { id: runId ?? '' },
    skip: !runId,
    // The run works in the background; its counters move as units are billed.
    pollInterval: 1000,
  });
  const state = progress.data?.billingRun ?? started.data?.runBilling;
  const bills = useQuery(BILLS, {
    variables: { propertyId: propertyId ?? '', period, first: BILLS_PER_PAGE, after: pages.after },
    skip: !propertyId,
  });
  const finished = state && state.status !== 'RUNNING';
  const { stopPolling } = progress;
  const { refetch } = bills;
  useEffect(() => {
    if (!finished) return;
    stopPolling();
    // The run made the bills: show them.
    void refetch();
  }, [finished, stopPolling, refetch]);
  const unitLabel = (id: string) => {
    const u = units.find((x) => x.id === id);
    return u ? t('frontDesk.unitLabel', { building: u.building, number: u.number }) : '';
  };
  const failed = started.error ?? progress.error ?? bills.error;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('finance.title')}>
        <Space wrap>
          {picker}
          <Select
            aria-label={t('finance.period')}
            style={{ width: 120 }}
            value={period}
            onChange={setPeriod}
            options={months.map((m) => ({ value: m, label: m }))}
          />
          {propertyId && <PrintNotices propertyId={propertyId} period={period} />}
          {propertyId && (
            <ExportRegister
              kind="BILLS"
              propertyId={propertyId}
              from={`${period}-01`}
              to={lastDayOf(period)}
              label={t('documents.exportBills')}
            />
          )}
          <Button
            type="primary"
            disabled={!propertyId || state?.status === 'RUNNING'}
            loading={started.loading}
            onClick={() =>
              void run({ variables: { input: { propertyId: propertyId!, period } } }).then(
                (r) => setRunId(r.data?.runBilling.id),
                () => undefined,
              )
            }
          >
            {t('finance.run')}
          </Button>
        </Space>
        {state && (
          <div style={{ marginTop: 16 }}>
            <Progress
              aria-label={t('finance.progress')}
              percent={state.unitsTotal ? Math.round((100 * state.unitsDone) / state.unitsTotal) : 100}
              status={
                state.status === 'FAILED' ? 'exception' : state.status === 'DONE' ? 'success' : 'active'
              }
            />
            {state.status === 'RUNNING' &&
              t('finance.running', { done: state.unitsDone, total: state.unitsTotal })}
            {state.status === 'DONE' && t('finance.done', { count: state.billsCreated })}
            {state.status === 'FAILED' && t('finance.failed', { error: state.error ?? '' })}
          </div>
        )}
        {failed && <Alert style={{ marginTop: 16 }} type="error" title={errorText(failed, t)} />}
      </Card>
      <Card title={t('finance.bills', { count: bills.data?.bills.totalCount ?? 0 })}>
        <Table<Bill>
          rowKey="id"
          size="small"
          pagination={false}
          loading={bills.loading && !bills.data}
          scroll={{ x: 'max-content' }}
          dataSource={bills.data?.bills.edges.map((e) => e.node) ?? []}
          columns={[
            { title: t('finance.unit'), render: (_, b) => unitLabel(b.unitId) },
            {
              title: t('finance.status'),
              render: (_, b) => (
                <Tag
                  color={
                    b.status === 'PAID' ? 'success' : b.status === 'PARTIALLY_PAID' ? 'warning' : 'default'
                  }
                >
                  {t(`finance.billStatus.${b.status}`)}
                </Tag>
              ),
            },
            { title: t('finance.total'), align: 'end', render: (_, b) => formatFen(b.totalFen, lang) },
            { title: t('finance.paid'), align: 'end', render: (_, b) => formatFen(b.paidFen, lang) },
            { title: t('finance.due'), render: (_, b) => formatDate(b.dueDate, lang) },
            {
              title: '',
              render: (_, b) =>
                b.status !== 'PAID' && (
                  <Button size="small" onClick={() => setPaying(b)}>
                    {t('finance.pay')}
                  </Button>
                ),
            },
          ]}
        />
        <Pager
          pages={pages}
          pageInfo={bills.data?.bills.pageInfo}
          totalCount={bills.data?.bills.totalCount}
          pageSize={BILLS_PER_PAGE}
        />
      </Card>
      {paying && (
        <PaymentForm
          key={paying.id}
          bill={paying}
          title={`${t('finance.pay')} · ${unitLabel(paying.unitId)}`}
          onClose={() => setPaying(undefined)}
          onPaid={() => void bills.refetch()}
        />
      )}
    </Space>
  );
}

function PaymentForm(p: { bill: Bill; title: string; onClose(): void; onPaid(): void }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  // One key per payment being entered: a double click or a retry after a lost answer posts it once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [record, { loading, error }] = useMutation(RECORD_PAYMENT);
  const [form] = Form.useForm<{ amount: string; bankReference?: string }>();
  const owed = p.bill.totalFen - p.bill.paidFen;
  const submit = ({ amount, bankReference }: { amount: string; bankReference?: string }) =>
    record({
      variables: {
        input: {
          billId: p.bill.id,
          amountFen: parseYuan(amount)!,
          paidAt: new Date().toISOString(),
          idempotencyKey,
          bankReference: bankReference || undefined,
        },
      },
    }).then(
      (r) => {
        message.success(t('finance.recorded', { receipt: r.data?.recordPayment.receiptNumber ?? '' }));
        p.onPaid();
        p.onClose();
      },
      () => undefined,
    );
  return (
    <Modal
      open
      title={p.title}
      okText={t('finance.save')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={p.onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ amount: (owed / 100).toFixed(2) }}
      >
        <Form.Item
          name="amount"
          label={t('finance.amount')}
          extra={`${t('finance.total')} ${formatFen(p.bill.totalFen, lang)} · ${t('finance.paid')} ${formatFen(p.bill.paidFen, lang)}`}
          rules={[
            {
              validator: (_, v: string) =>
                parseYuan(v ?? '')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('finance.amountInvalid'))),
            },
          ]}
        >
          <Input inputMode="decimal" prefix="¥" autoFocus />
        </Form.Item>
        <Form.Item name="bankReference" label={t('finance.bankReference')}>
          <Input />
        </Form.Item>
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}
