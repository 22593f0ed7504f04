import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { errorText } from '../errors';
import { formatDate, formatFen, todayIn } from '../format';
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
  const [approving, setApproving] = useState<Change>();
  const [notifying, setNotifying] = useState<Change>();
  const done = () => void q.refetch();
  return (
    <Card title={t('feeChanges.title')}>
      <Space wrap style={{ marginBottom: 12 }}>
        {picker}
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
      {approving && (
        <ApproveDialog change={approving} onClose={() => setApproving(undefined)} onDone={done} />
      )}
      {notifying && (
        <NotifyDialog
          change={notifying}
          today={todayIn(timeZone)}
          onClose={() => setNotifying(undefined)}
          onDone={done}
        />
      )}
    </Card>
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
