import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { type DamageDraft, CLEANING_ITEMS, cleaningState, damagesInput } from '../cleaning';
import { Empty } from '../components/Empty';
import { errorText } from '../errors';
import { formatDate, todayIn } from '../format';
import { graphql } from '../gql';
import type { VacantCleaningDueQuery, VacantCleaningItem } from '../gql/graphql';
import { useLang } from '../i18n';

const SITES = graphql(`
  query VacantCleaningSites {
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

// R-TKT-16: the site's vacant units, overdue first, with the next round's batch marked.
const DUE = graphql(`
  query VacantCleaningDue($propertyId: ID!) {
    vacantCleaningDue(propertyId: $propertyId) {
      propertyId
      asOf
      intervalDays
      vacant
      due
      overdue
      units {
        unitId
        building
        number
        vacantSince
        lastCleanedOn
        nextDueOn
        dueBy
        due
        overdue
        inNextBatch
      }
    }
  }
`);

const RECORD = graphql(`
  mutation RecordVacantCleaning($input: RecordVacantCleaningInput!) {
    recordVacantCleaning(input: $input) {
      id
      unitId
      cleanedOn
      damages {
        description
        ticketId
      }
    }
  }
`);

type Unit = VacantCleaningDueQuery['vacantCleaningDue']['units'][number];

interface Recorded {
  unit: string;
  tickets: { description: string; ticketId: string }[];
}

/** Vacant-unit cleaning (空置房清洁, R-TKT-16): which vacant units are due, and recording a cleaning. */
export function VacantCleaning() {
  const { t, lang } = useLang();
  const sites = useQuery(SITES);
  const properties = sites.data?.properties.edges.map((e) => e.node) ?? [];
  const [chosen, setChosen] = useState<string>();
  const property = properties.find((p) => p.id === chosen) ?? properties[0];
  const q = useQuery(DUE, { variables: { propertyId: property?.id ?? '' }, skip: !property });
  const [cleaning, setCleaning] = useState<Unit>();
  const [recorded, setRecorded] = useState<Recorded>();
  const error = sites.error ?? q.error;
  const list = q.data?.vacantCleaningDue;
  const label = (u: Unit) => t('frontDesk.unitLabel', { building: u.building, number: u.number });
  return (
    <Card title={t('vacantCleaning.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {/* Above the list rather than in the card's head: on a 360 px phone the head has no room. */}
        <Select
          aria-label={t('vacantCleaning.property')}
          style={{ minWidth: 160 }}
          value={property?.id}
          options={properties.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v: string) => {
            setChosen(v);
            setRecorded(undefined);
          }}
        />
        {error && <Alert type="error" title={errorText(error, t)} />}
        {list && (
          <Typography.Text type="secondary" data-cleaning-summary>
            {t('vacantCleaning.summary', {
              interval: list.intervalDays,
              vacant: list.vacant,
              due: list.due,
              overdue: list.overdue,
            })}
          </Typography.Text>
        )}
        {recorded && (
          <Alert
            type="success"
            closable
            onClose={() => setRecorded(undefined)}
            data-cleaning-recorded
            title={t('vacantCleaning.recorded', { unit: recorded.unit })}
            description={
              recorded.tickets.length ? (
                <Space orientation="vertical" size={0}>
                  {t('vacantCleaning.ticketsOpened', { count: recorded.tickets.length })}
                  {recorded.tickets.map((d) => (
                    <Typography.Text key={d.ticketId} data-repair-ticket={d.ticketId}>
                      {d.description}：
                      <Typography.Text code copyable>
                        {d.ticketId}
                      </Typography.Text>
                    </Typography.Text>
                  ))}
                </Space>
              ) : undefined
            }
          />
        )}
        <Table<Unit>
          rowKey="unitId"
          size="small"
          loading={sites.loading || q.loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty text={t('vacantCleaning.none')} /> }}
          dataSource={list?.units ?? []}
          onRow={(u) => ({ 'data-unit': label(u) }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('vacantCleaning.unit'),
              render: (_, u) => (
                <Space size={4}>
                  {label(u)}
                  {u.inNextBatch && <Tag color="processing">{t('vacantCleaning.nextBatch')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('vacantCleaning.vacantSince'),
              render: (_, u) =>
                u.vacantSince ? formatDate(u.vacantSince, lang) : t('vacantCleaning.neverOccupied'),
            },
            {
              title: t('vacantCleaning.last'),
              render: (_, u) =>
                u.lastCleanedOn ? formatDate(u.lastCleanedOn, lang) : t('vacantCleaning.never'),
            },
            {
              title: t('vacantCleaning.next'),
              render: (_, u) => {
                const state = cleaningState(u);
                return (
                  <Space size={4} data-next-due>
                    {u.nextDueOn ? formatDate(u.nextDueOn, lang) : t('vacantCleaning.now')}
                    {state && (
                      <Tag color={state === 'overdue' ? 'error' : 'warning'}>
                        {t(`vacantCleaning.${state}`)}
                      </Tag>
                    )}
                  </Space>
                );
              },
            },
            {
              title: t('vacantCleaning.actions'),
              render: (_, u) => (
                <Button size="small" onClick={() => setCleaning(u)}>
                  {t('vacantCleaning.record')}
                </Button>
              ),
            },
          ]}
        />
      </Space>
      {cleaning && property && (
        <CleaningDialog
          unit={cleaning}
          unitLabel={label(cleaning)}
          timeZone={property.timeZone}
          onClose={() => setCleaning(undefined)}
          onDone={(r) => {
            setRecorded(r);
            void q.refetch();
          }}
        />
      )}
    </Card>
  );
}

interface Values {
  cleanedOn: string;
  itemsDone: VacantCleaningItem[];
  cleaner?: string;
  note?: string;
  damages?: DamageDraft[];
}

function CleaningDialog({
  unit,
  unitLabel,
  timeZone,
  onClose,
  onDone,
}: {
  unit: Unit;
  unitLabel: string;
  timeZone: string;
  onClose(): void;
  onDone(r: Recorded): void;
}) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [record, { loading, error }] = useMutation(RECORD);
  const [form] = Form.useForm<Values>();
  const today = todayIn(timeZone);
  const submit = (v: Values) =>
    record({
      variables: {
        input: {
          unitId: unit.unitId,
          cleanedOn: v.cleanedOn,
          itemsDone: v.itemsDone,
          cleaner: v.cleaner?.trim() || undefined,
          note: v.note?.trim() || undefined,
          damages: damagesInput(v.damages),
        },
      },
    }).then(
      (r) => {
        const damages = r.data?.recordVacantCleaning.damages ?? [];
        message.success(t('vacantCleaning.recorded', { unit: unitLabel }));
        onDone({ unit: unitLabel, tickets: damages });
        onClose();
      },
      () => undefined,
    );
  return (
    <Modal
      open
      title={t('vacantCleaning.dialogTitle', { unit: unitLabel })}
      okText={t('vacantCleaning.save')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ cleanedOn: today, itemsDone: [...CLEANING_ITEMS], damages: [] }}
        onFinish={submit}
      >
        <Form.Item
          name="cleanedOn"
          label={t('vacantCleaning.cleanedOn')}
          rules={[{ required: true, message: t('vacantCleaning.cleanedOnRequired') }]}
        >
          <Input type="date" max={today} />
        </Form.Item>
        <Form.Item
          name="itemsDone"
          label={t('vacantCleaning.items')}
          extra={t('vacantCleaning.itemsHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('vacantCleaning.itemsRequired') }]}
        >
          <Checkbox.Group
            style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: 4 }}
            options={CLEANING_ITEMS.map((i) => ({ value: i, label: t(`vacantCleaning.item.${i}`) }))}
          />
        </Form.Item>
        <Form.Item name="cleaner" label={t('vacantCleaning.cleaner')} extra={t('vacantCleaning.cleanerHint')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label={t('vacantCleaning.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Typography.Text strong>{t('vacantCleaning.damages')}</Typography.Text>
        <Typography.Paragraph type="secondary">{t('vacantCleaning.damagesHint')}</Typography.Paragraph>
        <Form.List name="damages">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item
                    name={[f.name, 'description']}
                    rules={[
                      { required: true, whitespace: true, message: t('vacantCleaning.damageRequired') },
                    ]}
                  >
                    <Input
                      aria-label={t('vacantCleaning.damageDescription', { n: i + 1 })}
                      placeholder={t('vacantCleaning.damagePlaceholder')}
                      maxLength={2000}
                      style={{ width: 240 }}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'priority']} initialValue="NORMAL">
                    <Select
                      aria-label={t('vacantCleaning.damagePriority', { n: i + 1 })}
                      style={{ width: 96 }}
                      options={(['NORMAL', 'EXPRESS', 'URGENT'] as const).map((p) => ({
                        value: p,
                        label: t(`priority.${p}`),
                      }))}
                    />
                  </Form.Item>
                  <Button
                    type="link"
                    aria-label={t('vacantCleaning.removeDamage', { n: i + 1 })}
                    onClick={() => remove(f.name)}
                  >
                    {t('vacantCleaning.remove')}
                  </Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()} style={{ marginBottom: 12 }}>
                {t('vacantCleaning.addDamage')}
              </Button>
            </>
          )}
        </Form.List>
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}
