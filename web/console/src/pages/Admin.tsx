import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useContext, useState } from 'react';
import { errorText } from '../errors';
import { formatDate, formatDateTime } from '../format';
import { graphql } from '../gql';
import type { AdminPolicyQuery, PropertyKind, UnitKind } from '../gql/graphql';
import { useLang } from '../i18n';
import { RolesContext } from '../roles';
import { PartnerAdmin } from './AdminPartners';
import { StaffAdmin } from './AdminStaff';
import { FeeChangesOfProperties } from './FinanceFeeChanges';

const PROPERTIES = graphql(`
  query AdminProperties {
    properties(first: 50) {
      totalCount
      edges {
        node {
          id
          name
          kind
          address
          timeZone
          units(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

const CREATE_PROPERTY = graphql(`
  mutation AdminCreateProperty($input: CreatePropertyInput!) {
    createProperty(input: $input) {
      id
    }
  }
`);

const CREATE_UNIT = graphql(`
  mutation AdminCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
    }
  }
`);

const POLICY = graphql(`
  query AdminPolicy($propertyId: ID) {
    policy(propertyId: $propertyId) {
      asOf
      values {
        key
        value
        defaultValue
        source
        effectiveFrom
        ruleIds
        description
        perProperty
      }
    }
  }
`);

const SET_POLICY = graphql(`
  mutation AdminSetPolicy($input: SetPolicyInput!) {
    setPolicy(input: $input) {
      asOf
    }
  }
`);

const HISTORY = graphql(`
  query AdminPolicyHistory($key: String!, $propertyId: ID) {
    policyHistory(key: $key, propertyId: $propertyId) {
      value
      effectiveFrom
      setBy
      setAt
    }
  }
`);

const PROPERTY_KINDS: PropertyKind[] = ['RESIDENTIAL', 'OFFICE', 'MALL', 'MIXED'];
const UNIT_KINDS: UnitKind[] = ['APARTMENT', 'SHOP', 'OFFICE', 'PARKING', 'STORAGE', 'OTHER'];

/** Company administration: properties and units, staff, partner apps, the policy registry, fee changes. */
export function Admin() {
  const { t } = useLang();
  const roles = useContext(RolesContext);
  const properties = useQuery(PROPERTIES);
  const list = properties.data?.properties.edges.map((e) => e.node) ?? [];
  return (
    <Card title={t('admin.title')}>
      <Tabs
        items={[
          {
            key: 'properties',
            label: t('admin.properties'),
            children: <Properties list={list} refetch={() => void properties.refetch()} />,
          },
          { key: 'staff', label: t('admin.staff'), children: <StaffAdmin properties={list} /> },
          // Partner apps are the administrator's alone (tenancy authorises ADMIN only).
          ...(roles.includes('ADMIN')
            ? [{ key: 'partners', label: t('admin.partners'), children: <PartnerAdmin properties={list} /> }]
            : []),
          { key: 'policy', label: t('admin.policy'), children: <PolicyEditor properties={list} /> },
          {
            key: 'feeChanges',
            label: t('feeChanges.title'),
            children: <FeeChangesOfProperties properties={list} />,
          },
        ]}
      />
    </Card>
  );
}

type PropertyRow = {
  id: string;
  name: string;
  kind: string;
  address?: string | null;
  units: { totalCount: number };
};

function Properties({ list, refetch }: { list: PropertyRow[]; refetch(): void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [create, creating] = useMutation(CREATE_PROPERTY);
  const [addUnit, adding] = useMutation(CREATE_UNIT);
  const [unitFor, setUnitFor] = useState<PropertyRow>();
  const [unitForm] = Form.useForm();
  const error = creating.error ?? adding.error;
  return (
    <>
      <Form
        layout="inline"
        onFinish={(v: { name: string; kind: PropertyKind; address?: string }) =>
          void create({ variables: { input: v } }).then(
            () => {
              message.success(t('admin.saved'));
              refetch();
            },
            () => undefined,
          )
        }
        initialValues={{ kind: 'RESIDENTIAL' }}
        style={{ rowGap: 8, marginBottom: 16 }}
      >
        <Form.Item name="name" label={t('admin.propertyName')} rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('admin.kind')}>
          <Select
            style={{ width: 120 }}
            options={PROPERTY_KINDS.map((k) => ({ value: k, label: t(`admin.propertyKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="address" label={t('admin.address')}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={creating.loading}>
          {t('admin.createProperty')}
        </Button>
      </Form>
      {error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(error, t)} />}
      <Table<PropertyRow>
        rowKey="id"
        size="small"
        dataSource={list}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('admin.propertyName'), dataIndex: 'name' },
          { title: t('admin.kind'), render: (_, p) => t(`admin.propertyKind.${p.kind}`) },
          { title: t('admin.address'), dataIndex: 'address' },
          { title: t('admin.units'), render: (_, p) => p.units.totalCount },
          {
            title: '',
            render: (_, p) => (
              <Button size="small" onClick={() => setUnitFor(p)}>
                {t('admin.addUnit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!unitFor}
        title={`${t('admin.addUnit')} · ${unitFor?.name ?? ''}`}
        onCancel={() => setUnitFor(undefined)}
        onOk={() => unitForm.submit()}
        confirmLoading={adding.loading}
        destroyOnHidden
      >
        <Form
          form={unitForm}
          layout="vertical"
          initialValues={{ kind: 'APARTMENT' }}
          onFinish={(v: { building: string; number: string; areaSqm: number; kind: UnitKind }) =>
            void addUnit({ variables: { input: { ...v, propertyId: unitFor!.id } } }).then(
              () => {
                message.success(t('admin.saved'));
                setUnitFor(undefined);
                refetch();
              },
              () => undefined,
            )
          }
        >
          <Form.Item
            name="building"
            label={t('admin.building')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="number" label={t('admin.number')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="areaSqm" label={t('admin.area')} rules={[{ required: true }]}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.kind')}>
            <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`admin.unitKind.${k}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

type Entry = AdminPolicyQuery['policy']['values'][number];
const show = (v: unknown) => JSON.stringify(v);

function PolicyEditor({ properties }: { properties: PropertyRow[] }) {
  const { t, lang } = useLang();
  const [propertyId, setPropertyId] = useState<string>();
  const policy = useQuery(POLICY, { variables: { propertyId } });
  const [editing, setEditing] = useState<Entry>();
  const [historyOf, setHistoryOf] = useState<string>();
  const rows = (policy.data?.policy.values ?? []).filter((e) => !propertyId || e.perProperty);
  return (
    <>
      <Select
        aria-label={t('admin.policyScope')}
        style={{ minWidth: 240, marginBottom: 16 }}
        value={propertyId ?? ''}
        onChange={(v) => setPropertyId(v || undefined)}
        options={[
          { value: '', label: t('admin.companyWide') },
          ...properties.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      {policy.error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(policy.error, t)} />}
      <Table<Entry>
        rowKey="key"
        size="small"
        loading={policy.loading && !policy.data}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('admin.key'),
            render: (_, e) => (
              <>
                <Typography.Text code>{e.key}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.ruleIds.join(' ')} {e.description}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('admin.value'),
            render: (_, e) => <Typography.Text code>{show(e.value)}</Typography.Text>,
          },
          { title: t('admin.default'), render: (_, e) => show(e.defaultValue) },
          { title: t('admin.source'), render: (_, e) => <Tag>{t(`admin.policySource.${e.source}`)}</Tag> },
          {
            title: t('admin.effectiveFrom'),
            render: (_, e) => (e.effectiveFrom ? formatDate(e.effectiveFrom, lang) : '—'),
          },
          {
            title: '',
            fixed: 'end',
            render: (_, e) => (
              <>
                <Button size="small" onClick={() => setEditing(e)}>
                  {t('admin.edit')}
                </Button>{' '}
                <Button size="small" type="link" onClick={() => setHistoryOf(e.key)}>
                  {t('admin.history')}
                </Button>
              </>
            ),
          },
        ]}
      />
      {editing && (
        <PolicyForm
          entry={editing}
          propertyId={propertyId}
          onClose={() => setEditing(undefined)}
          onSaved={() => void policy.refetch()}
        />
      )}
      {historyOf && (
        <History policyKey={historyOf} propertyId={propertyId} onClose={() => setHistoryOf(undefined)} />
      )}
    </>
  );
}

function PolicyForm(p: { entry: Entry; propertyId?: string; onClose(): void; onSaved(): void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [set, { loading, error }] = useMutation(SET_POLICY);
  const [form] = Form.useForm<{ value: string; effectiveFrom?: string }>();
  return (
    <Modal
      open
      title={p.entry.key}
      onCancel={p.onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{p.entry.description}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ value: show(p.entry.value) }}
        onFinish={(v) =>
          void set({
            variables: {
              input: {
                key: p.entry.key,
                value: JSON.parse(v.value),
                propertyId: p.propertyId,
                effectiveFrom: v.effectiveFrom || undefined,
              },
            },
          }).then(
            () => {
              message.success(t('admin.saved'));
              p.onSaved();
              p.onClose();
            },
            () => undefined,
          )
        }
      >
        <Form.Item
          name="value"
          label={t('admin.value')}
          extra={t('admin.valueHint')}
          rules={[
            {
              validator: (_, v: string) => {
                try {
                  JSON.parse(v);
                  return Promise.resolve();
                } catch {
                  return Promise.reject(new Error(t('admin.valueInvalid')));
                }
              },
            },
          ]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('admin.effectiveFrom')} extra={t('admin.effectiveFromHint')}>
          <Input type="date" />
        </Form.Item>
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}

function History(p: { policyKey: string; propertyId?: string; onClose(): void }) {
  const { t, lang } = useLang();
  const history = useQuery(HISTORY, { variables: { key: p.policyKey, propertyId: p.propertyId } });
  return (
    <Modal
      open
      title={`${t('admin.history')} · ${p.policyKey}`}
      footer={null}
      onCancel={p.onClose}
      width={640}
    >
      <Table
        rowKey={(r) => `${r.setAt}-${r.effectiveFrom}`}
        size="small"
        loading={history.loading}
        pagination={false}
        dataSource={history.data?.policyHistory ?? []}
        columns={[
          {
            title: t('admin.value'),
            render: (_, r) => <Typography.Text code>{show(r.value)}</Typography.Text>,
          },
          { title: t('admin.effectiveFrom'), render: (_, r) => formatDate(r.effectiveFrom, lang) },
          { title: t('admin.setBy'), render: (_, r) => r.setBy ?? '—' },
          { title: t('admin.setAt'), render: (_, r) => formatDateTime(r.setAt, lang) },
        ]}
      />
    </Modal>
  );
}
