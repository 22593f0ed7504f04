import { useQuery } from '@apollo/client/react';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Empty } from '../components/Empty';
import { errorText } from '../errors';
import { formatDate } from '../format';
import { graphql } from '../gql';
import type { ShopInspectionsDueQuery } from '../gql/graphql';
import { useLang } from '../i18n';

const SITES = graphql(`
  query ShopInspectionSites {
    properties(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

// R-CUS-15: every shop of the site with its inspection state, those needing attention first.
const DUE = graphql(`
  query ShopInspectionsDue($propertyId: ID!) {
    shopInspectionsDue(propertyId: $propertyId) {
      shop {
        id
        foodAndBeverage
        customer {
          id
          name
        }
      }
      cycleMonths
      lastInspectedOn
      nextDueOn
      due
      overdue
      openRectifications {
        id
        rectificationDeadline
      }
      rectificationOverdue
      problems
    }
  }
`);

type Row = ShopInspectionsDueQuery['shopInspectionsDue'][number];

/** Shop inspections (巡场) of a site: what is due or overdue, open rectifications, F&B contract gaps. */
export function ShopInspections() {
  const { t, lang } = useLang();
  const sites = useQuery(SITES);
  const options = sites.data?.properties.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const [chosen, setChosen] = useState<string>();
  const propertyId = chosen ?? options[0]?.value;
  const q = useQuery(DUE, { variables: { propertyId: propertyId ?? '' }, skip: !propertyId });
  const error = sites.error ?? q.error;
  return (
    <Card
      title={t('shops.title')}
      extra={
        <Select
          aria-label={t('shops.property')}
          style={{ minWidth: 180 }}
          value={propertyId}
          options={options}
          onChange={setChosen}
        />
      }
    >
      {error && <Alert type="error" title={errorText(error, t)} />}
      <Table<Row>
        rowKey={(r) => r.shop.id}
        size="small"
        loading={sites.loading || q.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty text={t('shops.none')} /> }}
        dataSource={q.data?.shopInspectionsDue ?? []}
        columns={[
          {
            title: t('shops.tenant'),
            render: (_, r) => (
              <Space>
                {r.shop.customer.name}
                {r.shop.foodAndBeverage && <Tag>{t('shops.fnb')}</Tag>}
              </Space>
            ),
          },
          { title: t('shops.cycle'), dataIndex: 'cycleMonths' },
          {
            title: t('shops.last'),
            render: (_, r) => (r.lastInspectedOn ? formatDate(r.lastInspectedOn, lang) : t('shops.never')),
          },
          {
            title: t('shops.next'),
            render: (_, r) => (
              <Space>
                {formatDate(r.nextDueOn, lang)}
                {r.overdue ? (
                  <Tag color="error">{t('shops.overdue')}</Tag>
                ) : (
                  r.due && <Tag color="warning">{t('shops.due')}</Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('shops.rectifications'),
            render: (_, r) =>
              r.openRectifications.length ? (
                <Tag color={r.rectificationOverdue ? 'error' : 'default'}>
                  {t('shops.openRectifications', { count: r.openRectifications.length })}
                </Tag>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          {
            title: t('shops.problems'),
            render: (_, r) =>
              r.problems.length ? (
                <Space wrap>
                  {r.problems.map((p) => (
                    <Tag key={p} color="error">
                      {t(`shops.problem.${p}`)}
                    </Tag>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}
