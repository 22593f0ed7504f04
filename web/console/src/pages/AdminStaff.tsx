import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { AdminStaffQuery, StaffRole } from '../gql/graphql';
import { useLang } from '../i18n';
import { Empty } from '../components/Empty';

const STAFF = graphql(`
  query AdminStaff($propertyId: ID!) {
    staffMembers(propertyId: $propertyId) {
      id
      name
      email
      roles
      propertyIds
      managerId
    }
  }
`);

const INVITE = graphql(`
  mutation AdminInviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation AdminUpdateStaff($id: ID!, $input: UpdateStaffInput!) {
    updateStaff(id: $id, input: $input) {
      id
      name
      roles
      propertyIds
      managerId
    }
  }
`);

const DEACTIVATE = graphql(`
  mutation AdminDeactivateStaff($id: ID!) {
    deactivateStaff(id: $id) {
      id
      leftAt
    }
  }
`);

export const ROLES: StaffRole[] = [
  'FRONT_DESK',
  'PROPERTY_ASSISTANT',
  'CS_SUPERVISOR',
  'ENGINEERING_SUPERVISOR',
  'TECHNICIAN',
  'SECURITY',
  'FINANCE',
  'SITE_MANAGER',
  'HQ',
  'ADMIN',
];

type Person = AdminStaffQuery['staffMembers'][number];
type PropertyOption = { id: string; name: string };
interface StaffValues {
  email: string;
  name: string;
  roles: StaffRole[];
  propertyIds?: string[];
  managerId?: string;
  password?: string;
}

/**
 * The staff of a property (staffMembers lists site staff by name; company-wide roles are not tied
 * to a property, people who left are gone): invite, change name, roles, scope and reporting line,
 * deactivate.
 */
export function StaffAdmin({ properties }: { properties: PropertyOption[] }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<string>();
  const propertyId = chosen ?? properties[0]?.id;
  const staff = useQuery(STAFF, { variables: { propertyId: propertyId! }, skip: !propertyId });
  const [deactivate, deactivating] = useMutation(DEACTIVATE, { refetchQueries: ['AdminStaff'] });
  const [editing, setEditing] = useState<Person | 'new'>();
  const people = staff.data?.staffMembers ?? [];
  const names = new Map(properties.map((p) => [p.id, p.name]));
  const error = staff.error ?? deactivating.error;
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('admin.staffOf')}
          style={{ minWidth: 220 }}
          value={propertyId}
          onChange={setChosen}
          options={properties.map((p) => ({ value: p.id, label: p.name }))}
        />
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('admin.inviteStaff')}
        </Button>
      </Space>
      {error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(error, t)} />}
      <Table<Person>
        rowKey="id"
        size="small"
        loading={staff.loading && !staff.data}
        dataSource={people}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty text={t('admin.noStaff')} /> }}
        columns={[
          { title: t('admin.name'), dataIndex: 'name' },
          { title: t('admin.email'), dataIndex: 'email' },
          {
            title: t('admin.roles'),
            render: (_, s) => s.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>),
          },
          {
            title: t('admin.scope'),
            render: (_, s) => s.propertyIds.map((id) => names.get(id) ?? id).join('、'),
          },
          {
            title: '',
            fixed: 'end',
            render: (_, s) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditing(s)}>
                  {t('admin.edit')}
                </Button>
                <Popconfirm
                  title={t('admin.deactivateConfirm', { name: s.name })}
                  okText={t('admin.deactivate')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    deactivate({ variables: { id: s.id } }).then(
                      () => message.success(t('admin.deactivated', { name: s.name })),
                      () => undefined,
                    )
                  }
                >
                  <Button size="small" danger>
                    {t('admin.deactivate')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <StaffForm
          person={editing === 'new' ? undefined : editing}
          colleagues={people.filter((p) => editing === 'new' || p.id !== editing.id)}
          properties={properties}
          defaultPropertyId={propertyId}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}

/** Invites a person (no `person`) or changes one; the e-mail, Keycloak's username, stays. */
function StaffForm(p: {
  person?: Person;
  colleagues: Person[];
  properties: PropertyOption[];
  defaultPropertyId?: string;
  onClose(): void;
}) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [invite, inviting] = useMutation(INVITE, { refetchQueries: ['AdminStaff'] });
  const [update, updating] = useMutation(UPDATE, { refetchQueries: ['AdminStaff'] });
  const [form] = Form.useForm<StaffValues>();
  const error = inviting.error ?? updating.error;
  const save = (v: StaffValues) => {
    const done = p.person
      ? update({
          variables: {
            id: p.person.id,
            input: {
              name: v.name,
              roles: v.roles,
              propertyIds: v.propertyIds ?? [],
              managerId: v.managerId,
            },
          },
        })
      : invite({ variables: { input: { ...v, password: v.password || undefined } } });
    void done.then(
      () => {
        message.success(p.person ? t('admin.saved') : t('admin.invited', { email: v.email }));
        p.onClose();
      },
      () => undefined,
    );
  };
  return (
    <Modal
      open
      title={p.person ? `${t('admin.editStaff')} · ${p.person.name}` : t('admin.inviteStaff')}
      onCancel={p.onClose}
      onOk={() => form.submit()}
      okText={p.person ? t('admin.save') : t('admin.invite')}
      confirmLoading={inviting.loading || updating.loading}
      destroyOnHidden
    >
      <Form<StaffValues>
        // Field ids are prefixed: the properties tab's form has a `name` field too.
        name="staff"
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={
          p.person
            ? {
                email: p.person.email,
                name: p.person.name,
                roles: p.person.roles,
                propertyIds: p.person.propertyIds,
                managerId: p.person.managerId ?? undefined,
              }
            : { propertyIds: p.defaultPropertyId ? [p.defaultPropertyId] : [] }
        }
      >
        {!p.person && <Alert style={{ marginBottom: 12 }} type="info" title={t('admin.inviteHint')} />}
        <Form.Item name="email" label={t('admin.email')} rules={[{ required: true, type: 'email' }]}>
          <Input disabled={!!p.person} />
        </Form.Item>
        <Form.Item name="name" label={t('admin.name')} rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="roles" label={t('admin.roles')} rules={[{ required: true }]}>
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="propertyIds" label={t('admin.scope')} extra={t('admin.scopeHint')}>
          <Select mode="multiple" options={p.properties.map((x) => ({ value: x.id, label: x.name }))} />
        </Form.Item>
        <Form.Item name="managerId" label={t('admin.manager')}>
          <Select allowClear options={p.colleagues.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        {!p.person && (
          <Form.Item name="password" label={t('admin.password')} extra={t('admin.passwordHint')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}
