import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Empty } from '../components/Empty';
import { errorText } from '../errors';
import { formatDate } from '../format';
import { graphql } from '../gql';
import type { ShopInspectionsDueQuery } from '../gql/graphql';
import { useLang } from '../i18n';
import { useCan } from '../roles';
import { useSiteUnits } from '../units';
import {
  ContractDialog,
  DuctCleaningDialog,
  InspectionDialog,
  RectificationDialog,
  RegisterShopDialog,
} from './ShopDialogs';

const SITES = graphql(`
  query ShopInspectionSites {
    properties(first: 50) {
      edges {
        node {
          id
          name
          timeZone
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
        unitId
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
        inspectedOn
        findings
        rectificationDeadline
      }
      rectificationOverdue
      lastDuctCleanedOn
      problems
    }
  }
`);

type Row = ShopInspectionsDueQuery['shopInspectionsDue'][number];

/** The dialog open on the page, with the shop (or rectification) it is for. */
type Open =
  | { kind: 'register' }
  | { kind: 'inspect' | 'contract' | 'duct'; shop: Row['shop'] }
  | { kind: 'rectify'; inspectionId: string; deadline: string };

/** Shop inspections (巡场) of a site: what is due or overdue, open rectifications, F&B contract gaps. */
export function ShopInspections() {
  const { t, lang } = useLang();
  const can = useCan();
  const sites = useQuery(SITES);
  const properties = sites.data?.properties.edges.map((e) => e.node) ?? [];
  const [chosen, setChosen] = useState<string>();
  const property = properties.find((p) => p.id === chosen) ?? properties[0];
  const propertyId = property?.id;
  const q = useQuery(DUE, { variables: { propertyId: propertyId ?? '' }, skip: !propertyId });
  const { units } = useSiteUnits();
  const unitLabels = useMemo(
    () =>
      new Map(units.map((u) => [u.id, t('frontDesk.unitLabel', { building: u.building, number: u.number })])),
    [units, t],
  );
  const [open, setOpen] = useState<Open>();
  const manage = can('manageShops');
  const error = sites.error ?? q.error;
  const timeZone = property?.timeZone ?? 'Asia/Shanghai';
  const common = { timeZone, onClose: () => setOpen(undefined), onDone: () => void q.refetch() };
  return (
    <Card title={t('shops.title')}>
      {/* Above the list rather than in the card's head: on a 360 px phone the head has no room. */}
      <Space wrap size={8} style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('shops.property')}
          style={{ minWidth: 160 }}
          value={propertyId}
          options={properties.map((p) => ({ value: p.id, label: p.name }))}
          onChange={setChosen}
        />
        {manage && propertyId && (
          <Button type="primary" onClick={() => setOpen({ kind: 'register' })}>
            {t('shops.register')}
          </Button>
        )}
      </Space>
      {error && <Alert type="error" title={errorText(error, t)} />}
      <Table<Row>
        rowKey={(r) => r.shop.id}
        size="small"
        loading={sites.loading || q.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty text={t('shops.none')} /> }}
        dataSource={q.data?.shopInspectionsDue ?? []}
        onRow={(r) => ({ 'data-shop': r.shop.customer.name }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('shops.tenant'),
            render: (_, r) => (
              <Space size={4} wrap>
                {r.shop.customer.name}
                <Typography.Text type="secondary">{unitLabels.get(r.shop.unitId)}</Typography.Text>
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
                <Space orientation="vertical" size={4} data-rectifications>
                  <Tag color={r.rectificationOverdue ? 'error' : 'default'}>
                    {t('shops.openRectifications', { count: r.openRectifications.length })}
                  </Tag>
                  {r.openRectifications.map((i) => (
                    <Space key={i.id} size={4} wrap data-rectification={i.id}>
                      <Typography.Text>
                        {t('shops.deadline', {
                          deadline: formatDate(i.rectificationDeadline ?? i.inspectedOn, lang),
                        })}
                      </Typography.Text>
                      {i.findings && (
                        <Typography.Text
                          type="secondary"
                          ellipsis={{ tooltip: i.findings }}
                          style={{ maxWidth: 200 }}
                        >
                          {i.findings}
                        </Typography.Text>
                      )}
                      {manage && (
                        <Button
                          size="small"
                          onClick={() =>
                            setOpen({
                              kind: 'rectify',
                              inspectionId: i.id,
                              deadline: i.rectificationDeadline ?? i.inspectedOn,
                            })
                          }
                        >
                          {t('shops.rectify')}
                        </Button>
                      )}
                    </Space>
                  ))}
                </Space>
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
              ) : r.shop.foodAndBeverage && r.lastDuctCleanedOn ? (
                <Typography.Text type="secondary">
                  {t('shops.lastDuct', { date: formatDate(r.lastDuctCleanedOn, lang) })}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          ...(manage
            ? [
                {
                  title: t('shops.actions'),
                  render: (_: unknown, r: Row) => (
                    <Space size={4} wrap style={{ maxWidth: 260 }}>
                      <Button size="small" onClick={() => setOpen({ kind: 'inspect', shop: r.shop })}>
                        {t('shops.inspect')}
                      </Button>
                      {r.shop.foodAndBeverage && (
                        <>
                          <Button size="small" onClick={() => setOpen({ kind: 'contract', shop: r.shop })}>
                            {t('shops.contract')}
                          </Button>
                          <Button size="small" onClick={() => setOpen({ kind: 'duct', shop: r.shop })}>
                            {t('shops.duct')}
                          </Button>
                        </>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {open?.kind === 'register' && propertyId && <RegisterShopDialog propertyId={propertyId} {...common} />}
      {open?.kind === 'inspect' && (
        <InspectionDialog shopId={open.shop.id} tenant={open.shop.customer.name} {...common} />
      )}
      {open?.kind === 'contract' && (
        <ContractDialog shopId={open.shop.id} tenant={open.shop.customer.name} {...common} />
      )}
      {open?.kind === 'duct' && (
        <DuctCleaningDialog shopId={open.shop.id} tenant={open.shop.customer.name} {...common} />
      )}
      {open?.kind === 'rectify' && (
        <RectificationDialog inspectionId={open.inspectionId} deadline={open.deadline} {...common} />
      )}
    </Card>
  );
}
