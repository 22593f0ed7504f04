import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorText } from '../errors';
import { formatDate, todayIn } from '../format';
import { graphql } from '../gql';
import type {
  AppraisalDueQuery,
  CheckKind,
  DeductionInput,
  RootCause,
  ScoreItemCode,
  Severity,
} from '../gql/graphql';
import { useLang } from '../i18n';
import { Empty } from '../components/Empty';
import { useCan } from '../roles';
import { PendingAppeals } from './AppraisalAppeals';

const PROPERTIES = graphql(`
  query AppraisalProperties {
    properties(first: 200) {
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

const DUE = graphql(`
  query AppraisalDue($date: Date!) {
    checksDue(date: $date) {
      staff {
        id
        name
        roles
      }
      relation
      frequency
      periodStart
      periodEnd
      done
    }
  }
`);

const RANKINGS = graphql(`
  query AppraisalRankings($propertyId: ID!, $period: String!) {
    rankings(propertyId: $propertyId, period: $period) {
      rank
      meanScore
      checks
      staff {
        id
        name
        roles
      }
    }
    missedChecks(propertyId: $propertyId, period: $period) {
      checker {
        id
        name
      }
      staff {
        id
        name
      }
      relation
      frequency
      periodStart
      periodEnd
    }
  }
`);

const SHEET = graphql(`
  query AppraisalSheet($staffId: ID!, $period: String!) {
    scoreSheet(staffId: $staffId, period: $period) {
      period
      sheet
      total
      checks
      items {
        item
        max
        score
      }
      findings {
        id
        item
        severity
        points
        reason
        rootCause
        status
        appeal {
          id
          reason
          status
          decidedAt
        }
      }
    }
  }
`);

const RECORD = graphql(`
  mutation AppraisalRecordCheck($input: RecordCheckInput!) {
    recordCheck(input: $input) {
      id
      total
    }
  }
`);

const DECIDE = graphql(`
  mutation AppraisalDecideAppeal($id: ID!, $upheld: Boolean!) {
    decideAppeal(id: $id, upheld: $upheld) {
      id
      status
    }
  }
`);

type Due = AppraisalDueQuery['checksDue'][number];
type Person = { id: string; name: string };

const KINDS: CheckKind[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'SPOT'];
const SEVERITIES: Severity[] = ['GENERAL', 'SERIOUS', 'CONSEQUENTIAL'];
const ROOT_CAUSES: RootCause[] = ['TRAINING', 'SKILL', 'RESPONSIBILITY', 'FAIRNESS', 'TEAMWORK', 'ETHICS'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A scheduled check's kind follows its frequency; quarterly and yearly ones are recorded as spot checks. */
const kindFor = (frequency: string): CheckKind =>
  KINDS.includes(frequency as CheckKind) ? (frequency as CheckKind) : 'SPOT';

/**
 * 管理处 appraisal (R-APR-1…7): the checks the signed-in manager owes, recording one with its
 * deductions and commendation, the property's ranking and score sheets, missed checks, and
 * deciding appeals against findings.
 */
export function Appraisal() {
  const { t } = useLang();
  const can = useCan();
  const [search] = useSearchParams();
  const properties = useQuery(PROPERTIES);
  const list = useMemo(() => properties.data?.properties.edges.map((e) => e.node) ?? [], [properties.data]);
  const [chosen, setChosen] = useState<string>();
  const property = list.find((p) => p.id === chosen) ?? list[0];
  // A link may name the day (`?date=2026-11-30`); else today in the property's zone.
  const linked = search.get('date');
  const date = linked && DAY.test(linked) ? linked : todayIn(property?.timeZone ?? 'Asia/Shanghai');
  const [recording, setRecording] = useState<Due>();
  const [sheetOf, setSheetOf] = useState<Person>();
  return (
    <Card
      title={t('appraisal.title')}
      extra={
        <Select
          aria-label={t('appraisal.property')}
          style={{ minWidth: 200 }}
          value={property?.id}
          onChange={setChosen}
          options={list.map((p) => ({ value: p.id, label: p.name }))}
        />
      }
    >
      {properties.error && <Alert type="error" title={errorText(properties.error, t)} />}
      <Tabs
        items={[
          {
            key: 'due',
            label: t('appraisal.due'),
            children: <DueList date={date} onRecord={setRecording} />,
          },
          {
            key: 'rankings',
            label: t('appraisal.rankings'),
            children: property && (
              <Rankings propertyId={property.id} period={date.slice(0, 7)} onOpen={setSheetOf} />
            ),
          },
          ...(can('decideAppeals')
            ? [
                {
                  key: 'appeals',
                  label: t('appraisal.pendingAppeals'),
                  children: property && (
                    <PendingAppeals key={property.id} propertyId={property.id} timeZone={property.timeZone} />
                  ),
                },
              ]
            : []),
        ]}
      />
      {recording && <RecordCheck due={recording} date={date} onClose={() => setRecording(undefined)} />}
      {sheetOf && (
        <ScoreSheetDrawer person={sheetOf} period={date.slice(0, 7)} onClose={() => setSheetOf(undefined)} />
      )}
    </Card>
  );
}

function DueList({ date, onRecord }: { date: string; onRecord(d: Due): void }) {
  const { t, lang } = useLang();
  const due = useQuery(DUE, { variables: { date } });
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('appraisal.dueHint', { date: formatDate(date, lang) })}
      </Typography.Paragraph>
      {due.error && <Alert type="error" title={errorText(due.error, t)} />}
      <Table<Due>
        rowKey={(d) => `${d.staff.id}-${d.relation}-${d.periodStart}`}
        size="small"
        loading={due.loading && !due.data}
        dataSource={due.data?.checksDue ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(d) => ({ 'data-staff': d.staff.name }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('appraisal.person'), render: (_, d) => d.staff.name },
          {
            title: t('appraisal.roles'),
            render: (_, d) => d.staff.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>),
          },
          {
            title: t('appraisal.frequency'),
            render: (_, d) => t(`appraisal.frequencies.${d.frequency}`, { defaultValue: d.frequency }),
          },
          {
            title: t('appraisal.period'),
            render: (_, d) =>
              d.periodStart === d.periodEnd
                ? formatDate(d.periodStart, lang)
                : `${formatDate(d.periodStart, lang)} – ${formatDate(d.periodEnd, lang)}`,
          },
          {
            title: t('appraisal.state'),
            render: (_, d) =>
              d.done ? (
                <Tag color="green">{t('appraisal.done')}</Tag>
              ) : (
                <Tag color="orange">{t('appraisal.open')}</Tag>
              ),
          },
          {
            title: '',
            render: (_, d) => (
              <Button size="small" type={d.done ? 'default' : 'primary'} onClick={() => onRecord(d)}>
                {t('appraisal.record')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

interface DeductionRow {
  item: ScoreItemCode;
  severity: Severity;
  points: number;
  reason: string;
  rootCause?: RootCause;
}

function RecordCheck({ due, date, onClose }: { due: Due; date: string; onClose(): void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  // The person's sheet names its kind and items (staff: 7 items, managers: 10 × 10).
  const sheet = useQuery(SHEET, { variables: { staffId: due.staff.id, period: date } });
  const [record, { loading, error }] = useMutation(RECORD, { refetchQueries: ['AppraisalDue'] });
  const [form] = Form.useForm();
  const manager = sheet.data?.scoreSheet.sheet === 'MANAGER';
  const items = sheet.data?.scoreSheet.items ?? [];
  return (
    <Modal
      open
      width={720}
      title={t('appraisal.recordFor', { name: due.staff.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('appraisal.save')}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: kindFor(due.frequency), date, deductions: [] }}
        onFinish={(v: {
          kind: CheckKind;
          date: string;
          commendationPoints?: number | null;
          deductions: DeductionRow[];
        }) =>
          void record({
            variables: {
              input: {
                staffId: due.staff.id,
                kind: v.kind,
                date: v.date,
                commendationPoints: v.commendationPoints ?? undefined,
                deductions: v.deductions.map((d): DeductionInput => ({
                  ...d,
                  rootCause: manager ? d.rootCause : undefined,
                })),
              },
            },
          }).then(
            (r) => {
              message.success(t('appraisal.recorded', { total: r.data?.recordCheck.total }));
              onClose();
            },
            () => undefined,
          )
        }
      >
        <Space wrap align="start">
          <Form.Item name="kind" label={t('appraisal.kind')}>
            <Select
              style={{ width: 140 }}
              options={KINDS.map((k) => ({ value: k, label: t(`appraisal.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="date" label={t('appraisal.date')} rules={[{ required: true }]}>
            <Input type="date" max={date} />
          </Form.Item>
          <Form.Item
            name="commendationPoints"
            label={t('appraisal.commendation')}
            extra={t('appraisal.commendationHint')}
          >
            <InputNumber min={1} max={20} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('appraisal.deductions')}</Typography.Title>
        <Form.List name="deductions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  data-deduction
                  extra={
                    <Button size="small" type="link" danger onClick={() => remove(f.name)}>
                      {t('appraisal.remove')}
                    </Button>
                  }
                >
                  <Space wrap align="start">
                    <Form.Item
                      name={[f.name, 'item']}
                      label={t('appraisal.item')}
                      rules={[{ required: true }]}
                    >
                      <Select
                        style={{ width: 160 }}
                        options={items.map((i) => ({ value: i.item, label: t(`appraisal.items.${i.item}`) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'severity']}
                      label={t('appraisal.severity')}
                      rules={[{ required: true }]}
                    >
                      <Select
                        style={{ width: 140 }}
                        options={SEVERITIES.map((s) => ({ value: s, label: t(`appraisal.severities.${s}`) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'points']}
                      label={t('appraisal.points')}
                      rules={[{ required: true }]}
                    >
                      <InputNumber min={0.5} step={0.5} style={{ width: 100 }} />
                    </Form.Item>
                    {manager && (
                      <Form.Item
                        name={[f.name, 'rootCause']}
                        label={t('appraisal.rootCause')}
                        rules={[{ required: true }]}
                      >
                        <Select
                          style={{ width: 140 }}
                          options={ROOT_CAUSES.map((r) => ({ value: r, label: t(`appraisal.items.${r}`) }))}
                        />
                      </Form.Item>
                    )}
                  </Space>
                  <Form.Item
                    name={[f.name, 'reason']}
                    label={t('appraisal.reason')}
                    rules={[{ required: true, whitespace: true }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input />
                  </Form.Item>
                </Card>
              ))}
              <Button onClick={() => add({ severity: 'GENERAL' })} disabled={!items.length}>
                {t('appraisal.addDeduction')}
              </Button>
            </>
          )}
        </Form.List>
        {(error ?? sheet.error) && (
          <Alert style={{ marginTop: 12 }} type="error" title={errorText(error ?? sheet.error, t)} />
        )}
      </Form>
    </Modal>
  );
}

function Rankings(p: { propertyId: string; period: string; onOpen(person: Person): void }) {
  const { t, lang } = useLang();
  const q = useQuery(RANKINGS, { variables: { propertyId: p.propertyId, period: p.period } });
  type Row = NonNullable<typeof q.data>['rankings'][number];
  type Missed = NonNullable<typeof q.data>['missedChecks'][number];
  return (
    <>
      {q.error && <Alert type="error" title={errorText(q.error, t)} />}
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('appraisal.rankingOf', { period: p.period })}
      </Typography.Title>
      <Table<Row>
        rowKey={(r) => r.staff.id}
        size="small"
        loading={q.loading && !q.data}
        dataSource={q.data?.rankings ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('appraisal.rank'), dataIndex: 'rank', width: 64 },
          { title: t('appraisal.person'), render: (_, r) => r.staff.name },
          {
            title: t('appraisal.roles'),
            render: (_, r) => r.staff.roles.map((role) => <Tag key={role}>{t(`roles.${role}`)}</Tag>),
          },
          { title: t('appraisal.meanScore'), render: (_, r) => r.meanScore.toFixed(1) },
          { title: t('appraisal.checks'), dataIndex: 'checks' },
          {
            title: '',
            render: (_, r) => (
              <Button size="small" onClick={() => p.onOpen(r.staff)}>
                {t('appraisal.sheet')}
              </Button>
            ),
          },
        ]}
      />
      <Typography.Title level={5}>{t('appraisal.missed')}</Typography.Title>
      <Table<Missed>
        rowKey={(m) => `${m.checker.id}-${m.staff.id}-${m.periodStart}`}
        size="small"
        dataSource={q.data?.missedChecks ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty text={t('appraisal.noneMissed')} /> }}
        columns={[
          { title: t('appraisal.checker'), render: (_, m) => m.checker.name },
          { title: t('appraisal.person'), render: (_, m) => m.staff.name },
          {
            title: t('appraisal.frequency'),
            render: (_, m) => t(`appraisal.frequencies.${m.frequency}`, { defaultValue: m.frequency }),
          },
          {
            title: t('appraisal.period'),
            render: (_, m) => `${formatDate(m.periodStart, lang)} – ${formatDate(m.periodEnd, lang)}`,
          },
        ]}
      />
    </>
  );
}

function ScoreSheetDrawer(p: { person: Person; period: string; onClose(): void }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const q = useQuery(SHEET, { variables: { staffId: p.person.id, period: p.period } });
  const [decide, deciding] = useMutation(DECIDE, {
    refetchQueries: ['AppraisalSheet', 'AppraisalRankings'],
  });
  const sheet = q.data?.scoreSheet;
  type Finding = NonNullable<typeof sheet>['findings'][number];
  const decideAppeal = (id: string, upheld: boolean) =>
    void decide({ variables: { id, upheld } }).then(
      () => message.success(t('appraisal.decided')),
      () => undefined,
    );
  return (
    <Drawer open size="large" title={t('appraisal.sheetOf', { name: p.person.name })} onClose={p.onClose}>
      {(q.error ?? deciding.error) && (
        <Alert style={{ marginBottom: 12 }} type="error" title={errorText(q.error ?? deciding.error, t)} />
      )}
      {sheet && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={3}
            items={[
              { label: t('appraisal.period'), children: sheet.period },
              { label: t('appraisal.sheetKind'), children: t(`appraisal.sheetKinds.${sheet.sheet}`) },
              {
                label: t('appraisal.total'),
                children: (
                  <span data-total>
                    {sheet.total.toFixed(1)} · {t('appraisal.checksCount', { count: sheet.checks })}
                  </span>
                ),
              },
            ]}
          />
          <Table
            rowKey="item"
            size="small"
            pagination={false}
            dataSource={sheet.items}
            columns={[
              { title: t('appraisal.item'), render: (_, i) => t(`appraisal.items.${i.item}`) },
              { title: t('appraisal.max'), dataIndex: 'max' },
              { title: t('appraisal.score'), render: (_, i) => i.score.toFixed(1) },
            ]}
          />
          <Typography.Title level={5}>{t('appraisal.findings')}</Typography.Title>
          <Table<Finding>
            rowKey="id"
            size="small"
            dataSource={sheet.findings}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty text={t('appraisal.noFindings')} /> }}
            onRow={(f) => ({ 'data-finding': f.reason }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('appraisal.item'), render: (_, f) => t(`appraisal.items.${f.item}`) },
              { title: t('appraisal.severity'), render: (_, f) => t(`appraisal.severities.${f.severity}`) },
              { title: t('appraisal.points'), render: (_, f) => `−${f.points}` },
              { title: t('appraisal.reason'), dataIndex: 'reason' },
              {
                title: t('appraisal.state'),
                render: (_, f) =>
                  f.status === 'OVERTURNED' ? (
                    <Tag>{t('appraisal.overturned')}</Tag>
                  ) : (
                    <Tag color="red">{t('appraisal.active')}</Tag>
                  ),
              },
              {
                title: t('appraisal.appeal'),
                render: (_, f) =>
                  f.appeal && (
                    <Space orientation="vertical" size={4}>
                      <Typography.Text>{f.appeal.reason}</Typography.Text>
                      {f.appeal.status === 'PENDING' ? (
                        <Space>
                          <Button
                            size="small"
                            type="primary"
                            loading={deciding.loading}
                            onClick={() => decideAppeal(f.appeal!.id, true)}
                          >
                            {t('appraisal.uphold')}
                          </Button>
                          <Button
                            size="small"
                            loading={deciding.loading}
                            onClick={() => decideAppeal(f.appeal!.id, false)}
                          >
                            {t('appraisal.reject')}
                          </Button>
                        </Space>
                      ) : (
                        <Tag>{t(`appraisal.appealStatus.${f.appeal.status}`)}</Tag>
                      )}
                    </Space>
                  ),
              },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
