import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Select, Space } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { CustomerKind } from '../gql/graphql';
import { useLang } from '../i18n';
import { useSiteUnits } from '../units';
import { useBase } from './FrontDesk';

const REGISTER = graphql(`
  mutation RegisterCustomer($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      id
    }
  }
`);

interface Values {
  propertyId: string;
  name: string;
  phone: string;
  kind: CustomerKind;
  idNumber?: string;
  birthday?: string;
  email?: string;
  householdMembers?: { name: string; relation: string }[];
}

const KINDS: CustomerKind[] = ['OWNER', 'LESSEE', 'OCCUPANT', 'EXTERNAL'];

/** Registers a customer (R-CUS-1; the archive is created with it) and opens the customer page. */
export function RegisterCustomer() {
  const { t } = useLang();
  const base = useBase();
  const navigate = useNavigate();
  const { units } = useSiteUnits();
  const properties = useMemo(
    () => [...new Map(units.map((u) => [u.propertyId, u.propertyName])).entries()],
    [units],
  );
  const [register, { loading, error }] = useMutation(REGISTER);
  const [form] = Form.useForm<Values>();
  // The first (often the only) property of the clerk, once the sites have loaded.
  const first = properties[0]?.[0];
  useEffect(() => {
    if (first && !form.getFieldValue('propertyId')) form.setFieldValue('propertyId', first);
  }, [first, form]);
  const submit = (v: Values) =>
    register({
      variables: {
        input: {
          propertyId: v.propertyId,
          name: v.name.trim(),
          phone: v.phone.trim(),
          kind: v.kind,
          idNumber: v.idNumber?.trim() || undefined,
          birthday: v.birthday || undefined,
          email: v.email?.trim() || undefined,
          householdMembers: (v.householdMembers ?? []).filter((h) => h?.name?.trim()),
        },
      },
    }).then(
      (r) => r.data && navigate(`${base}/front-desk/customer/${r.data.registerCustomer.id}`),
      () => undefined,
    );
  return (
    <Card
      title={t('register.title')}
      extra={<Link to={`${base}/front-desk`}>{t('customer.back')}</Link>}
      style={{ maxWidth: 720 }}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'OWNER' }}>
        <Form.Item
          name="propertyId"
          label={t('register.property')}
          rules={[{ required: true, message: t('register.propertyRequired') }]}
        >
          <Select options={properties.map(([id, name]) => ({ value: id, label: name }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('register.name')}
          rules={[{ required: true, whitespace: true, message: t('register.nameRequired') }]}
        >
          <Input autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('register.phone')}
          rules={[
            { required: true, message: t('register.phoneInvalid') },
            { pattern: /^\+?[0-9][0-9 -]{5,19}$/, message: t('register.phoneInvalid') },
          ]}
        >
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t('register.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`customerKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="idNumber" label={t('register.idNumber')} extra={t('register.idNumberHint')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Space wrap size={12}>
          <Form.Item name="birthday" label={t('register.birthday')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('register.email')}
            rules={[{ type: 'email', message: t('register.emailInvalid') }]}
          >
            <Input inputMode="email" />
          </Form.Item>
        </Space>
        <Form.List name="householdMembers">
          {(fields, { add, remove }) => (
            <Form.Item label={t('register.household')}>
              {fields.map((f) => (
                <Space key={f.key} wrap align="baseline">
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={[{ required: true, message: t('register.nameRequired') }]}
                  >
                    <Input placeholder={t('register.memberName')} aria-label={t('register.memberName')} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'relation']}
                    rules={[{ required: true, message: t('register.relationRequired') }]}
                  >
                    <Input placeholder={t('register.relation')} aria-label={t('register.relation')} />
                  </Form.Item>
                  <Button type="link" onClick={() => remove(f.name)}>
                    {t('register.remove')}
                  </Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()}>
                {t('register.addMember')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        {error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(error, t)} />}
        <Button type="primary" htmlType="submit" loading={loading} size="large">
          {t('register.submit')}
        </Button>
      </Form>
    </Card>
  );
}
