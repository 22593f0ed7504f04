import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorText } from '../errors';
import { formatDateTime } from '../format';
import { graphql } from '../gql';
import type { AdminPartnersQuery, StaffRole } from '../gql/graphql';
import { useLang } from '../i18n';
import { ROLES } from './AdminStaff';

const CLIENTS = graphql(`
  query AdminPartners {
    partnerClients {
      id
      clientId
      name
      roles
      propertyIds
      scopes
      createdAt
      revokedAt
      lastUsedAt
      requestCount
    }
  }
`);

const CREATE = graphql(`
  mutation AdminCreatePartner($input: CreatePartnerClientInput!) {
    createPartnerClient(input: $input) {
      id
      clientId
      name
      secret
      tokenUrl
    }
  }
`);

const ROTATE = graphql(`
  mutation AdminRotatePartner($clientId: String!) {
    rotatePartnerClientSecret(clientId: $clientId) {
      id
      clientId
      name
      secret
      tokenUrl
      previousSecretExpiresAt
    }
  }
`);

const REVOKE = graphql(`
  mutation AdminRevokePartner($clientId: String!) {
    revokePartnerClient(clientId: $clientId) {
      id
      revokedAt
    }
  }
`);

// The scopes tenancy grants (CreatePartnerClientInput.scopes).
const SCOPES = [
  'customers:read',
  'customers:write',
  'customers:personal-data',
  'tickets:read',
  'tickets:write',
  'billing:read',
  'billing:write',
  'appraisal:read',
  'appraisal:write',
  'kpi:read',
];

type Client = AdminPartnersQuery['partnerClients'][number];
interface Secret {
  name: string;
  clientId: string;
  secret?: string | null;
  tokenUrl: string;
  previousSecretExpiresAt?: string | null;
}

/** Partner apps: create (the secret is shown once), rotate the secret, revoke. */
export function PartnerAdmin({ properties }: { properties: { id: string; name: string }[] }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const clients = useQuery(CLIENTS);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<Secret>();
  const [rotate, rotating] = useMutation(ROTATE, { refetchQueries: ['AdminPartners'] });
  const [revoke, revoking] = useMutation(REVOKE, { refetchQueries: ['AdminPartners'] });
  const error = clients.error ?? rotating.error ?? revoking.error;
  return (
    <>
      <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setCreating(true)}>
        {t('admin.createClient')}
      </Button>
      {error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(error, t)} />}
      <Table<Client>
        rowKey="id"
        size="small"
        loading={clients.loading && !clients.data}
        dataSource={clients.data?.partnerClients ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('admin.clientName'), dataIndex: 'name' },
          {
            title: t('admin.clientId'),
            render: (_, c) => <Typography.Text code>{c.clientId}</Typography.Text>,
          },
          {
            title: t('admin.roles'),
            render: (_, c) => c.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>),
          },
          { title: t('admin.scopes'), render: (_, c) => c.scopes.join(' ') },
          { title: t('admin.createdAt'), render: (_, c) => formatDateTime(c.createdAt, lang) },
          {
            title: t('admin.lastUsed'),
            render: (_, c) => (c.lastUsedAt ? formatDateTime(c.lastUsedAt, lang) : t('admin.never')),
          },
          { title: t('admin.requests'), render: (_, c) => c.requestCount ?? '—' },
          {
            title: t('admin.status'),
            render: (_, c) =>
              c.revokedAt ? (
                <Tag color="red">{t('admin.revoked')}</Tag>
              ) : (
                <Tag color="green">{t('admin.active')}</Tag>
              ),
          },
          {
            title: '',
            fixed: 'end',
            render: (_, c) =>
              !c.revokedAt && (
                <Space size={4}>
                  <Popconfirm
                    title={t('admin.rotateConfirm', { name: c.name })}
                    okText={t('admin.rotate')}
                    onConfirm={() =>
                      rotate({ variables: { clientId: c.clientId } }).then(
                        (r) => r.data && setSecret(r.data.rotatePartnerClientSecret),
                        () => undefined,
                      )
                    }
                  >
                    <Button size="small">{t('admin.rotate')}</Button>
                  </Popconfirm>
                  <Popconfirm
                    title={t('admin.revokeConfirm', { name: c.name })}
                    okText={t('admin.revoke')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      revoke({ variables: { clientId: c.clientId } }).then(
                        () => message.success(t('admin.revokedDone', { name: c.name })),
                        () => undefined,
                      )
                    }
                  >
                    <Button size="small" danger>
                      {t('admin.revoke')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {creating && (
        <CreateClient
          properties={properties}
          onClose={() => setCreating(false)}
          onCreated={(s) => {
            setCreating(false);
            setSecret(s);
          }}
        />
      )}
      {secret && <SecretOnce secret={secret} onClose={() => setSecret(undefined)} />}
    </>
  );
}

function CreateClient(p: {
  properties: { id: string; name: string }[];
  onClose(): void;
  onCreated(s: Secret): void;
}) {
  const { t } = useLang();
  const [create, { loading, error }] = useMutation(CREATE, { refetchQueries: ['AdminPartners'] });
  const [form] = Form.useForm();
  return (
    <Modal
      open
      title={t('admin.createClient')}
      onCancel={p.onClose}
      onOk={() => form.submit()}
      okText={t('admin.createClient')}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form
        name="partner"
        form={form}
        layout="vertical"
        onFinish={(v: { name: string; roles: StaffRole[]; propertyIds?: string[]; scopes?: string[] }) =>
          void create({ variables: { input: v } }).then(
            (r) => r.data && p.onCreated(r.data.createPartnerClient),
            () => undefined,
          )
        }
      >
        <Form.Item name="name" label={t('admin.clientName')} rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="roles" label={t('admin.roles')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            options={ROLES.filter((r) => r !== 'ADMIN').map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="propertyIds" label={t('admin.scope')} extra={t('admin.scopeHint')}>
          <Select mode="multiple" options={p.properties.map((x) => ({ value: x.id, label: x.name }))} />
        </Form.Item>
        <Form.Item name="scopes" label={t('admin.scopes')} extra={t('admin.scopesHint')}>
          <Select mode="multiple" options={SCOPES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}

function SecretOnce({ secret, onClose }: { secret: Secret; onClose(): void }) {
  const { t, lang } = useLang();
  return (
    <Modal
      open
      title={t('admin.secretTitle', { name: secret.name })}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('admin.close')}
        </Button>
      }
      width={640}
    >
      <Alert style={{ marginBottom: 12 }} type="warning" title={t('admin.secretOnce')} />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            label: t('admin.clientId'),
            children: <Typography.Text copyable>{secret.clientId}</Typography.Text>,
          },
          {
            label: t('admin.secret'),
            children: (
              <Typography.Text code copyable data-secret>
                {secret.secret}
              </Typography.Text>
            ),
          },
          {
            label: t('admin.tokenUrl'),
            children: <Typography.Text copyable>{secret.tokenUrl}</Typography.Text>,
          },
        ]}
      />
      {secret.previousSecretExpiresAt && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('admin.previousSecretUntil', { time: formatDateTime(secret.previousSecretExpiresAt, lang) })}
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
