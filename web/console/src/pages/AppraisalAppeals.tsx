import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Empty } from '../components/Empty';
import { Pager, useCursorPages } from '../components/Pager';
import { errorText } from '../errors';
import { formatDateTime } from '../format';
import { graphql } from '../gql';
import type { PendingAppealsQuery } from '../gql/graphql';
import { useLang } from '../i18n';

const PENDING = graphql(`
  query PendingAppeals($propertyId: ID, $first: Int!, $after: String) {
    pendingAppeals(propertyId: $propertyId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reason
          filedAt
          staff {
            id
            name
          }
          finding {
            id
            item
            points
            reason
          }
        }
      }
    }
  }
`);

const DECIDE_WITH_REASON = graphql(`
  mutation AppraisalDecideAppealWithReason($id: ID!, $upheld: Boolean!, $reason: String!) {
    decideAppeal(id: $id, upheld: $upheld, reason: $reason) {
      id
      status
      decisionReason
    }
  }
`);

const PAGE = 20;
type Appeal = PendingAppealsQuery['pendingAppeals']['edges'][number]['node'];

/**
 * The appeals of the site's people waiting for the manager's decision, oldest first, a page at a
 * time: each is upheld (the finding no longer deducts) or rejected, always with the reason why.
 */
export function PendingAppeals({ propertyId, timeZone }: { propertyId: string; timeZone: string }) {
  const { t, lang } = useLang();
  const pages = useCursorPages();
  const [deciding, setDeciding] = useState<{ appeal: Appeal; upheld: boolean }>();
  const q = useQuery(PENDING, { variables: { propertyId, first: PAGE, after: pages.after } });
  const connection = q.data?.pendingAppeals;
  return (
    <>
      {q.error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(q.error, t)} />}
      <Table<Appeal>
        rowKey="id"
        size="small"
        loading={q.loading}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty text={t('appraisal.noPendingAppeals')} /> }}
        onRow={(a) => ({ 'data-appeal': a.finding.reason }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('appraisal.appellant'), render: (_, a) => a.staff.name },
          {
            title: t('appraisal.finding'),
            render: (_, a) => (
              <Space orientation="vertical" size={0}>
                <span>
                  {t(`appraisal.items.${a.finding.item}`)} −{a.finding.points}
                </span>
                <Typography.Text type="secondary">{a.finding.reason}</Typography.Text>
              </Space>
            ),
          },
          { title: t('appraisal.appealReason'), dataIndex: 'reason' },
          { title: t('appraisal.filedAt'), render: (_, a) => formatDateTime(a.filedAt, lang, timeZone) },
          {
            title: t('appraisal.decision'),
            render: (_, a) => (
              <Space wrap size={6}>
                <Button size="small" type="primary" onClick={() => setDeciding({ appeal: a, upheld: true })}>
                  {t('appraisal.uphold')}
                </Button>
                <Button size="small" onClick={() => setDeciding({ appeal: a, upheld: false })}>
                  {t('appraisal.reject')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Pager
        pages={pages}
        pageInfo={connection?.pageInfo}
        totalCount={connection?.totalCount}
        pageSize={PAGE}
      />
      {deciding && (
        <DecideDialog
          appeal={deciding.appeal}
          upheld={deciding.upheld}
          onClose={() => setDeciding(undefined)}
          onDone={() => {
            // The decided appeal leaves the list: back to the first page, where the rest move up.
            pages.reset();
            void q.refetch();
          }}
        />
      )}
    </>
  );
}

function DecideDialog(p: { appeal: Appeal; upheld: boolean; onClose(): void; onDone(): void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [decide, { loading, error }] = useMutation(DECIDE_WITH_REASON, {
    refetchQueries: ['AppraisalRankings'],
  });
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t(p.upheld ? 'appraisal.upholdTitle' : 'appraisal.rejectTitle', { name: p.appeal.staff.name })}
      okText={t(p.upheld ? 'appraisal.uphold' : 'appraisal.reject')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={p.onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        <Tag color="red">
          {t(`appraisal.items.${p.appeal.finding.item}`)} −{p.appeal.finding.points}
        </Tag>
        {p.appeal.finding.reason}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('appraisal.appealReason')}: {p.appeal.reason}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          void decide({ variables: { id: p.appeal.id, upheld: p.upheld, reason: v.reason.trim() } }).then(
            () => {
              message.success(t('appraisal.decided'));
              p.onDone();
              p.onClose();
            },
            () => undefined,
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('appraisal.decisionReason')}
          rules={[
            { required: true, whitespace: true, message: t('appraisal.decisionReasonRequired') },
            { max: 2000 },
          ]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}
