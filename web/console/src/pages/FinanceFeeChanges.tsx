import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { errorText } from '../errors';
import { addDays, fenToYuan, formatDate, formatFen, parseYuan, todayIn } from '../format';
import { graphql } from '../gql';
import type { FeeApprovalAuthority, FinanceFeeChangesQuery } from '../gql/graphql';
import { useLang } from '../i18n';
import { useCan } from '../roles';

const FEE_CHANGES = graphql(`
  query FinanceFeeChanges($propertyId: ID!) {
    feeChanges(propertyId: $propertyId) {
      id
      effectiveFrom
      managementFenPerSqm
      waterFenPerUnit
      electricityFenPerUnit
      gasFenPerUnit
      reason
      status
      approvalAuthority
      approvalReference
      noticeDate
    }
  }
`);

const CURRENT_SCHEDULE = graphql(`
  query FeeChangeCurrentSchedule($propertyId: ID!, $asOf: Date!) {
    feeSchedule(propertyId: $propertyId, asOf: $asOf) {
      managementFenPerSqm
      waterFenPerUnit
      electricityFenPerUnit
      gasFenPerUnit
      airConditioningFenPerSqm
      renovationManagementFenPerSqm
    }
  }
`);

const NOTICE_POLICY = graphql(`
  query FeeChangeNoticePolicy($propertyId: ID!, $asOf: Date!) {
    policy(propertyId: $propertyId, asOf: $asOf) {
      values {
        key
        value
      }
    }
  }
`);

const PROPOSE = graphql(`
  mutation ProposeFeeChange($input: ProposeFeeChangeInput!) {
    proposeFeeChange(input: $input) {
      id
      status
    }
  }
`);

const APPROVE = graphql(`
  mutation ApproveFeeChange($input: ApproveFeeChangeInput!) {
    approveFeeChange(input: $input) {
      id
      status
      approvalAuthority
      approvalReference
    }
  }
`);

const NOTIFY = graphql(`
  mutation NotifyFeeChange($input: NotifyFeeChangeInput!) {
    notifyFeeChange(input: $input) {
      id
      status
      noticeDate
    }
  }
`);

type Change = FinanceFeeChangesQuery['feeChanges'][number];

const STATUS_COLOR = { PROPOSED: 'default', APPROVED: 'processing', NOTIFIED: 'success' } as const;

/** The fee schedule's prices, each typed in yuan. */
const PRICES = [
  'managementFenPerSqm',
  'waterFenPerUnit',
  'electricityFenPerUnit',
  'gasFenPerUnit',
  'airConditioningFenPerSqm',
  'renovationManagementFenPerSqm',
] as const;
type Price = (typeof PRICES)[number];
type ProposeValues = Record<Price, string> & { effectiveFrom: string; reason?: string };

/** Fee changes (R-BIL-11) of a property: approved by someone other than the proposer, then announced. */
export function FeeChangesView({
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
  const q = useQuery(FEE_CHANGES, { variables: { propertyId } });
  const today = todayIn(timeZone);
  // The property's own notice period (billing.feeChangeNoticeDays), as the API will check it. With
  // asOf, not the policy editor's cache entry: the two select different fields of the same values.
  const policy = useQuery(NOTICE_POLICY, { variables: { propertyId, asOf: today } });
  const noticeDaysValue = policy.data?.policy.values.find(
    (v) => v.key === 'billing.feeChangeNoticeDays',
  )?.value;
  const noticeDays = typeof noticeDaysValue === 'number' ? noticeDaysValue : undefined;
  const [proposing, setProposing] = useState(false);
  const [approving, setApproving] = useState<Change>();
  const [notifying, setNotifying] = useState<Change>();
  const done = () => void q.refetch();
  return (
    <Card title={t('feeChanges.title')}>
      <Space wrap style={{ marginBottom: 12 }}>
        {picker}
        {can('proposeFeeChange') && (
          <Button type="primary" onClick={() => setProposing(true)}>
            {t('feeChanges.propose')}
          </Button>
        )}
      </Space>
      {q.error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(q.error, t)} />}
      <Table<Change>
        rowKey="id"
        size="small"
        pagination={false}
        loading={q.loading && !q.data}
        scroll={{ x: 'max-content' }}
        dataSource={q.data?.feeChanges ?? []}
        columns={[
          { title: t('feeChanges.effectiveFrom'), render: (_, c) => formatDate(c.effectiveFrom, lang) },
          {
            title: t('feeChanges.prices'),
            render: (_, c) =>
              t('feeChanges.priceLine', {
                management: formatFen(c.managementFenPerSqm, lang),
                water: formatFen(c.waterFenPerUnit, lang),
                electricity: formatFen(c.electricityFenPerUnit, lang),
                gas: formatFen(c.gasFenPerUnit, lang),
              }),
          },
          { title: t('feeChanges.reason'), render: (_, c) => c.reason ?? '—' },
          {
            title: t('feeChanges.status'),
            render: (_, c) => (
              <Space orientation="vertical" size={2}>
                <Tag color={STATUS_COLOR[c.status]}>{t(`feeChanges.statuses.${c.status}`)}</Tag>
                {c.approvalReference && (
                  <Typography.Text type="secondary">
                    {t(`feeChanges.authorities.${c.approvalAuthority}`)} · {c.approvalReference}
                  </Typography.Text>
                )}
                {c.noticeDate && (
                  <Typography.Text type="secondary">
                    {t('feeChanges.noticed', { date: formatDate(c.noticeDate, lang) })}
                  </Typography.Text>
                )}
                {c.status === 'APPROVED' && noticeDays !== undefined && (
                  <NoticeDeadline latest={addDays(c.effectiveFrom, -noticeDays)} today={today} />
                )}
              </Space>
            ),
          },
          {
            title: '',
            render: (_, c) =>
              c.status === 'PROPOSED' && can('approveFeeChange') ? (
                <Button size="small" onClick={() => setApproving(c)}>
                  {t('feeChanges.approve')}
                </Button>
              ) : c.status === 'APPROVED' && can('notifyFeeChange') ? (
                <Button size="small" onClick={() => setNotifying(c)}>
                  {t('feeChanges.notify')}
                </Button>
              ) : null,
          },
        ]}
      />
      {proposing && (
        <ProposeDialog
          propertyId={propertyId}
          today={today}
          noticeDays={noticeDays}
          onClose={() => setProposing(false)}
          onDone={done}
        />
      )}
      {approving && (
        <ApproveDialog change={approving} onClose={() => setApproving(undefined)} onDone={done} />
      )}
      {notifying && (
        <NotifyDialog
          change={notifying}
          today={today}
          onClose={() => setNotifying(undefined)}
          onDone={done}
        />
      )}
    </Card>
  );
}

/** The last day the notice may be posted for the prices to apply on their date (R-BIL-11). */
function NoticeDeadline({ latest, today }: { latest: string; today: string }) {
  const { t, lang } = useLang();
  const date = formatDate(latest, lang);
  return latest < today ? (
    <Typography.Text type="danger">{t('feeChanges.noticeDeadlinePassed', { date })}</Typography.Text>
  ) : (
    <Typography.Text type="warning">{t('feeChanges.noticeDeadline', { date })}</Typography.Text>
  );
}

function ProposeDialog({
  propertyId,
  today,
  noticeDays,
  onClose,
  onDone,
}: {
  propertyId: string;
  today: string;
  noticeDays?: number;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useLang();
  const { message } = App.useApp();
  const current = useQuery(CURRENT_SCHEDULE, { variables: { propertyId, asOf: today } });
  const [propose, { loading, error }] = useMutation(PROPOSE);
  const [form] = Form.useForm<ProposeValues>();
  const schedule = current.data?.feeSchedule;
  const submit = ({ effectiveFrom, reason, ...prices }: ProposeValues) =>
    void propose({
      variables: {
        input: {
          propertyId,
          effectiveFrom,
          reason: reason?.trim() || undefined,
          ...(Object.fromEntries(PRICES.map((k) => [k, parseYuan(prices[k])!])) as Record<Price, number>),
        },
      },
    }).then(
      () => {
        message.success(t('feeChanges.proposed'));
        onDone();
        onClose();
      },
      () => undefined,
    );
  const yuan = {
    validator: (_: unknown, v: string) =>
      parseYuan(v ?? '') !== undefined
        ? Promise.resolve()
        : Promise.reject(new Error(t('finance.amountInvalid'))),
  };
  return (
    <Modal
      open
      title={t('feeChanges.propose')}
      width={640}
      okText={t('feeChanges.submitProposal')}
      okButtonProps={{ disabled: !current.data }}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {current.error && <Alert type="error" title={errorText(current.error, t)} />}
      {current.loading && !current.data && <Skeleton active />}
      {current.data && (
        <Form
          form={form}
          name="proposeFeeChange"
          layout="vertical"
          onFinish={submit}
          initialValues={Object.fromEntries(PRICES.map((k) => [k, schedule ? fenToYuan(schedule[k]) : '']))}
        >
          <Form.Item
            name="effectiveFrom"
            label={t('feeChanges.effectiveFrom')}
            extra={
              noticeDays === undefined
                ? t('feeChanges.effectiveFromHint')
                : t('feeChanges.effectiveFromNoticeHint', { days: noticeDays })
            }
            rules={[{ required: true, message: t('feeChanges.effectiveFromRequired') }]}
          >
            <Input type="date" min={addDays(today, 1)} />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('feeChanges.prefilled')}</Typography.Paragraph>
          <Row gutter={12}>
            {PRICES.map((k) => (
              <Col key={k} xs={24} sm={12}>
                <Form.Item name={k} label={t(`feeChanges.priceFields.${k}`)} rules={[yuan]}>
                  <Input inputMode="decimal" prefix="¥" />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Form.Item name="reason" label={t('feeChanges.reason')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          {error && <Alert type="error" title={errorText(error, t)} />}
        </Form>
      )}
    </Modal>
  );
}

function ApproveDialog({ change, onClose, onDone }: { change: Change; onClose(): void; onDone(): void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [approve, { loading, error }] = useMutation(APPROVE);
  const [form] = Form.useForm<{ authority: FeeApprovalAuthority; approvalReference: string }>();
  return (
    <Modal
      open
      title={t('feeChanges.approve')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="approveFeeChange"
        initialValues={{ authority: 'OWNERS_COMMITTEE' }}
        onFinish={(v) =>
          void approve({ variables: { input: { id: change.id, ...v } } }).then(
            () => {
              message.success(t('feeChanges.approved'));
              onDone();
              onClose();
            },
            () => undefined,
          )
        }
      >
        <Form.Item name="authority" label={t('feeChanges.authority')}>
          <Select
            options={(['OWNERS_COMMITTEE', 'PRICE_BUREAU'] as const).map((a) => ({
              value: a,
              label: t(`feeChanges.authorities.${a}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="approvalReference" label={t('feeChanges.reference')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" title={errorText(error, t)} />}
    </Modal>
  );
}

function NotifyDialog({
  change,
  today,
  onClose,
  onDone,
}: {
  change: Change;
  today: string;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [notify, { loading, error }] = useMutation(NOTIFY);
  const [form] = Form.useForm<{ noticeDate: string }>();
  return (
    <Modal
      open
      title={t('feeChanges.notify')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="notifyFeeChange"
        initialValues={{ noticeDate: today }}
        onFinish={(v) =>
          void notify({ variables: { input: { id: change.id, noticeDate: v.noticeDate } } }).then(
            () => {
              message.success(t('feeChanges.notified'));
              onDone();
              onClose();
            },
            () => undefined,
          )
        }
      >
        <Form.Item name="noticeDate" label={t('feeChanges.noticeDate')} rules={[{ required: true }]}>
          <Input type="date" max={today} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" title={errorText(error, t)} />}
    </Modal>
  );
}

/** The administration's view (HQ approves): fee changes of a property picked among the company's. */
export function FeeChangesOfProperties({
  properties,
}: {
  properties: { id: string; name: string; timeZone: string }[];
}) {
  const { t } = useLang();
  const [chosen, setChosen] = useState<string>();
  const property = properties.find((p) => p.id === chosen) ?? properties[0];
  if (!property) return <Empty />;
  return (
    <FeeChangesView
      propertyId={property.id}
      timeZone={property.timeZone}
      picker={
        <Select
          aria-label={t('finance.property')}
          style={{ minWidth: 200 }}
          value={property.id}
          onChange={setChosen}
          options={properties.map((p) => ({ value: p.id, label: p.name }))}
        />
      }
    />
  );
}
