import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Empty, Input, List, Row, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { SlaList } from '../components/Sla';
import { TicketForm } from '../components/TicketForm';
import { errorText } from '../errors';
import { formatDateTime, occupiesOn, todayIn } from '../format';
import { graphql } from '../gql';
import type { FoundCustomerFragment } from '../gql/graphql';
import { useLang } from '../i18n';
import { useCan } from '../roles';
import { type SiteUnit, unitKey, useSiteUnits } from '../units';

graphql(`
  fragment FoundCustomer on Customer {
    id
    name
    kind
    phone
    occupancies {
      id
      unitId
      endDate
    }
  }
`);

const FIND_CUSTOMERS = graphql(`
  query FindCustomers($filter: CustomerFilter!) {
    customers(first: 20, filter: $filter) {
      totalCount
      edges {
        node {
          ...FoundCustomer
        }
      }
    }
  }
`);

const UNIT_OCCUPANTS = graphql(`
  query UnitOccupants($unitId: ID!) {
    customers(first: 20, filter: { unitId: $unitId }) {
      edges {
        node {
          ...FoundCustomer
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
      customerId
      slaDeadlines {
        id
        kind
        dueAt
        state
        metAt
      }
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A whole phone number as typed: digits with spaces or dashes, at least 7 digits. */
const PHONE = /^\+?[\d\s-]{7,}$/;

/** Links under the company's path: /c/<slug>/… */
export function useBase(): string {
  const { slug = '' } = useParams();
  return `/c/${slug}`;
}

export function useUnitLabel() {
  const { t } = useLang();
  const { units } = useSiteUnits();
  return (unitId?: string | null) => {
    const u = unitId ? units.find((x) => x.id === unitId) : undefined;
    return u ? t('frontDesk.unitLabel', { building: u.building, number: u.number }) : '';
  };
}

/**
 * The front desk's one search box: a unit ("3栋1203"), a customer's name or whole phone number, or
 * a ticket number; a unit shows who lives there and takes a repair, complaint or help request.
 */
export function FrontDesk() {
  const { t, lang } = useLang();
  const base = useBase();
  const can = useCan();
  const { units, error: unitsError } = useSiteUnits();
  const unitLabel = useUnitLabel();
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
    else if (PHONE.test(v)) void findCustomers({ variables: { filter: { phone: v } } });
    else if (v && !/^\d/.test(v)) void findCustomers({ variables: { filter: { name: v } } });
  };
  // An exact unit is chosen at once: the clerk typed the whole address.
  const exact = unitHits.length === 1 && unitKey(`${unitHits[0].building}${unitHits[0].number}`) === key;
  const chosen = unit ?? (exact ? unitHits[0] : undefined);
  const customerHits = text && !UUID.test(text) ? (customers.data?.customers.edges ?? []) : [];
  const ticketHit = UUID.test(text) ? ticket.data?.ticket : undefined;
  const nothing =
    text && !unitHits.length && !customerHits.length && !ticketHit && !customers.loading && !ticket.loading;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card
          title={t('frontDesk.title')}
          extra={
            can('registerCustomer') && (
              <Link to={`${base}/front-desk/customers/new`}>{t('frontDesk.register')}</Link>
            )
          }
        >
          <Input.Search
            size="large"
            allowClear
            enterButton
            placeholder={t('frontDesk.search')}
            aria-label={t('frontDesk.search')}
            onChange={(e) => {
              setText(e.target.value.trim());
              setUnit(undefined);
            }}
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
                  data-unit={u.id}
                  style={
                    chosen?.id === u.id ? { background: '#f0f5ff', paddingInline: 8 } : { paddingInline: 8 }
                  }
                  actions={[
                    <Button
                      key="open"
                      // The accessible name "查看 3栋1203" must contain the text seen: no space inserted.
                      autoInsertSpace={false}
                      type={chosen?.id === u.id ? 'primary' : 'default'}
                      onClick={() => setUnit(u)}
                      aria-label={`${t('frontDesk.openUnit')} ${label(u)}`}
                    >
                      {t('frontDesk.openUnit')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta title={label(u)} description={u.propertyName} />
                </List.Item>
              )}
            />
          )}
          {customerHits.length > 0 && (
            <CustomerList
              header={t('frontDesk.customers')}
              customers={customerHits.map((e) => e.node)}
              unitLabel={unitLabel}
            />
          )}
          {/* A search, not a list to page through: more than a screenful means a more precise name. */}
          {customerHits.length > 0 && (customers.data?.customers.totalCount ?? 0) > customerHits.length && (
            <Typography.Text type="secondary">
              {t('frontDesk.moreCustomers', { total: customers.data?.customers.totalCount })}
            </Typography.Text>
          )}
          {ticketHit && (
            <Card size="small" style={{ marginTop: 12 }} title={`${t('frontDesk.ticket')} ${ticketHit.id}`}>
              <Typography.Paragraph>
                <Tag>{t(`ticketKind.${ticketHit.kind}`)}</Tag>
                {t(`status.${ticketHit.status}`)} · {formatDateTime(ticketHit.createdAt, lang)}
                {ticketHit.unitId && ` · ${unitLabel(ticketHit.unitId)}`}
              </Typography.Paragraph>
              <Typography.Paragraph>{ticketHit.description}</Typography.Paragraph>
              <SlaList deadlines={ticketHit.slaDeadlines} />
              {ticketHit.customerId && (
                <div style={{ marginTop: 8 }}>
                  <Link to={`${base}/front-desk/customer/${ticketHit.customerId}`}>
                    {t('frontDesk.openCustomer')}
                  </Link>
                </div>
              )}
            </Card>
          )}
          {nothing && <Empty style={{ marginTop: 12 }} description={t('frontDesk.noResults')} />}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        {chosen && (
          // Chosen by a click: the form takes the focus; found by typing: the search box keeps it.
          <UnitPanel key={chosen.id} unit={chosen} title={label(chosen)} focus={!!unit} />
        )}
      </Col>
    </Row>
  );
}

function CustomerList({
  header,
  customers,
  unitLabel,
}: {
  header?: string;
  customers: FoundCustomerFragment[];
  unitLabel: (id: string) => string;
}) {
  const { t } = useLang();
  const base = useBase();
  return (
    <List
      style={{ marginTop: 12 }}
      header={header}
      dataSource={customers}
      renderItem={(c) => (
        <List.Item data-customer={c.id}>
          <List.Item.Meta
            title={
              <Space size={4} wrap>
                <Link to={`${base}/front-desk/customer/${c.id}`}>{c.name}</Link>
                <Tag>{t(`customerKind.${c.kind}`)}</Tag>
              </Space>
            }
            description={[
              c.phone,
              ...c.occupancies.filter((o) => occupiesOn(o, todayIn())).map((o) => unitLabel(o.unitId)),
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        </List.Item>
      )}
    />
  );
}

/** A unit: who lives there (each a link to the customer page) and a ticket for it. */
function UnitPanel({ unit, title, focus }: { unit: SiteUnit; title: string; focus: boolean }) {
  const { t } = useLang();
  const can = useCan();
  const unitLabel = useUnitLabel();
  const occupants = useQuery(UNIT_OCCUPANTS, { variables: { unitId: unit.id } });
  const people = occupants.data?.customers.edges.map((e) => e.node) ?? [];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('frontDesk.occupantsOf', { unit: title })}
        loading={occupants.loading && !occupants.data}
      >
        {occupants.error && <Alert type="error" title={errorText(occupants.error, t)} />}
        {people.length ? (
          <CustomerList customers={people} unitLabel={unitLabel} />
        ) : (
          <Typography.Text type="secondary">{t('frontDesk.noOccupants')}</Typography.Text>
        )}
      </Card>
      {can('logTicket') && (
        <TicketForm
          place={{ propertyId: unit.propertyId, unitId: unit.id, timeZone: unit.timeZone }}
          title={t('frontDesk.repairFor', { unit: title })}
          focus={focus}
        />
      )}
    </Space>
  );
}
