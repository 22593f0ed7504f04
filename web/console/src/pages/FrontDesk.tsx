import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  List,
  Radio,
  Result,
  Row,
  Select,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { SlaList } from '../components/Sla';
import { errorText } from '../errors';
import { formatDateTime, formatFen } from '../format';
import { graphql } from '../gql';
import type { RepairPriority } from '../gql/graphql';
import { useLang } from '../i18n';
import { type SiteUnit, unitKey, useSiteUnits } from '../units';

const FIND_CUSTOMERS = graphql(`
  query FindCustomers($name: String!) {
    customers(first: 20, filter: { name: $name }) {
      edges {
        node {
          id
          name
          phone
          occupancies {
            id
            unitId
          }
        }
      }
    }
  }
`);

const FIND_TICKET = graphql(`
  query FindTicket($id: ID!) {
    ticket(id: $id) {
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
      }
    }
  }
`);

const PRICE_LIST = graphql(`
  query PriceList($propertyId: ID!) {
    priceList(propertyId: $propertyId) {
      code
      name
      priceFen
    }
  }
`);

const REPORT_REPAIR = graphql(`
  mutation ReportRepair($input: ReportRepairInput!) {
    reportRepair(input: $input) {
      id
      status
      createdAt
      slaDeadlines {
        id
        kind
        dueAt
        state
      }
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function FrontDesk() {
  const { t, lang } = useLang();
  const { units, error: unitsError } = useSiteUnits();
  const [text, setText] = useState('');
  const [unit, setUnit] = useState<SiteUnit>();
  const [findCustomers, customers] = useLazyQuery(FIND_CUSTOMERS);
  const [findTicket, ticket] = useLazyQuery(FIND_TICKET);
  const label = (u: SiteUnit) => t('frontDesk.unitLabel', { building: u.building, number: u.number });

  const key = unitKey(text);
  const unitHits = useMemo(
    () => (key ? units.filter((u) => unitKey(`${u.building}${u.number}`).includes(key)).slice(0, 20) : []),
    [units, key],
  );
  const search = (value: string) => {
    const v = value.trim();
    setText(v);
    if (UUID.test(v)) void findTicket({ variables: { id: v } });
    else if (v && !/^\d/.test(v)) void findCustomers({ variables: { name: v } });
  };
  const customerHits = text && !UUID.test(text) ? (customers.data?.customers.edges ?? []) : [];
  const ticketHit = UUID.test(text) ? ticket.data?.ticket : undefined;
  const nothing = text && !unitHits.length && !customerHits.length && !ticketHit && !customers.loading;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('frontDesk.title')}>
          <Input.Search
            size="large"
            allowClear
            enterButton
            placeholder={t('frontDesk.search')}
            aria-label={t('frontDesk.search')}
            onChange={(e) => setText(e.target.value.trim())}
            onSearch={search}
          />
          {(unitsError || customers.error || ticket.error) && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              title={errorText(unitsError ?? customers.error ?? ticket.error, t)}
            />
          )}
          {unitHits.length > 0 && (
            <List
              style={{ marginTop: 12 }}
              header={t('frontDesk.units')}
              dataSource={unitHits}
              renderItem={(u) => (
                <List.Item
                  actions={[
                    <Button key="repair" type="primary" onClick={() => setUnit(u)}>
                      {t('frontDesk.logRepair')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta title={label(u)} description={u.propertyName} />
                </List.Item>
              )}
            />
          )}
          {customerHits.length > 0 && (
            <List
              style={{ marginTop: 12 }}
              header={t('frontDesk.customers')}
              dataSource={customerHits}
              renderItem={({ node: c }) => (
                <List.Item>
                  <List.Item.Meta
                    title={c.name}
                    description={[
                      c.phone,
                      ...c.occupancies.map((o) => {
                        const u = units.find((x) => x.id === o.unitId);
                        return u ? label(u) : '';
                      }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                </List.Item>
              )}
            />
          )}
          {ticketHit && (
            <Card size="small" style={{ marginTop: 12 }} title={`${t('frontDesk.ticket')} ${ticketHit.id}`}>
              <Typography.Paragraph>
                {t(`status.${ticketHit.status}`)} · {formatDateTime(ticketHit.createdAt, lang)}
              </Typography.Paragraph>
              <Typography.Paragraph>{ticketHit.description}</Typography.Paragraph>
              <SlaList deadlines={ticketHit.slaDeadlines} />
            </Card>
          )}
          {nothing && <Empty style={{ marginTop: 12 }} description={t('frontDesk.noResults')} />}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        {unit && (
          <RepairForm key={unit.id} unit={unit} title={t('frontDesk.repairFor', { unit: label(unit) })} />
        )}
      </Col>
    </Row>
  );
}

function RepairForm({ unit, title }: { unit: SiteUnit; title: string }) {
  const { t, lang } = useLang();
  const prices = useQuery(PRICE_LIST, { variables: { propertyId: unit.propertyId } });
  const [report, { data, loading, error, reset }] = useMutation(REPORT_REPAIR);
  const [form] = Form.useForm();
  const done = data?.reportRepair;
  if (done)
    return (
      <Card title={title}>
        <Result
          status="success"
          title={t('frontDesk.logged')}
          subTitle={
            <>
              {t(`status.${done.status}`)} · {formatDateTime(done.createdAt, lang, unit.timeZone)}
              <br />
              {t('frontDesk.ticketNo')} <Typography.Text copyable>{done.id}</Typography.Text>
            </>
          }
          extra={
            <Button
              onClick={() => {
                form.resetFields();
                reset();
              }}
            >
              {t('frontDesk.newRepair')}
            </Button>
          }
        />
        <Typography.Title level={5}>{t('sla.title')}</Typography.Title>
        <SlaList deadlines={done.slaDeadlines} timeZone={unit.timeZone} />
      </Card>
    );
  return (
    <Card title={title}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ priority: 'NORMAL' }}
        onFinish={(v: { description: string; priority: RepairPriority; priceItemCode?: string }) =>
          void report({
            variables: {
              input: {
                propertyId: unit.propertyId,
                unitId: unit.id,
                description: v.description,
                priority: v.priority,
                priceItemCode: v.priceItemCode,
              },
            },
          }).catch(() => undefined)
        }
      >
        <Form.Item
          name="description"
          label={t('frontDesk.description')}
          rules={[{ required: true, whitespace: true, message: t('frontDesk.descriptionRequired') }]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
        <Form.Item name="priority" label={t('frontDesk.priority')}>
          <Radio.Group
            optionType="button"
            options={(['NORMAL', 'EXPRESS', 'URGENT'] as const).map((p) => ({
              value: p,
              label: t(`priority.${p}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="priceItemCode" label={t('frontDesk.priceItem')} extra={t('frontDesk.priceItemHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={prices.loading}
            options={(prices.data?.priceList ?? []).map((p) => ({
              value: p.code,
              label: `${p.name} ${formatFen(p.priceFen, lang)}`,
            }))}
          />
        </Form.Item>
        {error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(error, t)} />}
        <Button type="primary" htmlType="submit" loading={loading} block size="large">
          {t('frontDesk.submit')}
        </Button>
      </Form>
    </Card>
  );
}
