import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Collapse,
  Form,
  Input,
  Radio,
  Result,
  Segmented,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorText } from '../errors';
import { formatDateTime, formatFen } from '../format';
import { graphql } from '../gql';
import type {
  ComplaintCategory,
  HelpCategory,
  LoggedTicketFragment,
  RepairPriority,
  TicketSeverity,
} from '../gql/graphql';
import { useLang } from '../i18n';
import { SlaList } from './Sla';

graphql(`
  fragment LoggedTicket on Ticket {
    id
    kind
    status
    createdAt
    slaDeadlines {
      id
      kind
      dueAt
      state
      metAt
    }
  }
`);

export const PRICE_LIST = graphql(`
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
      ...LoggedTicket
    }
  }
`);

const FILE_COMPLAINT = graphql(`
  mutation FileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      ...LoggedTicket
    }
  }
`);

const REQUEST_HELP = graphql(`
  mutation RequestHelp($input: RequestHelpInput!) {
    requestHelp(input: $input) {
      ...LoggedTicket
    }
  }
`);

export type TicketKindToLog = 'REPAIR' | 'COMPLAINT' | 'HELP';

export const COMPLAINT_CATEGORIES: ComplaintCategory[] = [
  'FACILITY',
  'SAFETY',
  'ENVIRONMENT',
  'NOISE',
  'INTRUDER',
  'MAIL',
  'SERVICE',
  'OTHER',
];
export const HELP_CATEGORIES: HelpCategory[] = [
  'MEDICAL_EMERGENCY',
  'REPAIR',
  'COMPLAINT',
  'ENQUIRY',
  'CRIME_ACCIDENT',
  'DISASTER',
  'OTHER',
];

export interface TicketPlace {
  propertyId: string;
  unitId?: string;
  customerId?: string;
  timeZone: string;
}

interface Values {
  description: string;
  priority: RepairPriority;
  priceItemCode?: string;
  complaintCategory?: ComplaintCategory;
  severity?: TicketSeverity;
  anonymous?: boolean;
  what?: string;
  where?: string;
  who?: string;
  when?: string;
  expectation?: string;
  helpCategory?: HelpCategory;
  answered?: boolean;
}

/**
 * Logs a repair, complaint or help request for a unit and/or customer; the answer shows the ticket
 * number and every deadline the rules set, counting down live in the property's zone.
 */
export function TicketForm({
  place,
  title,
  initialKind = 'REPAIR',
  onLogged,
  focus = false,
}: {
  place: TicketPlace;
  title: string;
  initialKind?: TicketKindToLog;
  /** Called once the ticket exists, e.g. to show it in the customer's list. */
  onLogged?: () => void;
  /** Focus the description: only when the person chose to log a ticket, never while they type elsewhere. */
  focus?: boolean;
}) {
  const { t, lang } = useLang();
  const [kind, setKind] = useState<TicketKindToLog>(initialKind);
  const prices = useQuery(PRICE_LIST, {
    variables: { propertyId: place.propertyId },
    skip: kind !== 'REPAIR',
  });
  const [repair, r] = useMutation(REPORT_REPAIR);
  const [complain, c] = useMutation(FILE_COMPLAINT);
  const [help, h] = useMutation(REQUEST_HELP);
  const [done, setDone] = useState<LoggedTicketFragment>();
  const [form] = Form.useForm<Values>();
  const loading = r.loading || c.loading || h.loading;
  const error = { REPAIR: r.error, COMPLAINT: c.error, HELP: h.error }[kind];
  const where = { propertyId: place.propertyId, unitId: place.unitId, customerId: place.customerId };

  const submit = async (v: Values) => {
    // No calledAt: the service takes its own now, the clock every deadline is measured by.
    try {
      if (kind === 'REPAIR') {
        const res = await repair({
          variables: {
            input: {
              ...where,
              description: v.description,
              priority: v.priority,
              priceItemCode: v.priceItemCode,
            },
          },
        });
        setDone(res.data?.reportRepair);
      } else if (kind === 'COMPLAINT') {
        const res = await complain({
          variables: {
            input: {
              ...where,
              category: v.complaintCategory!,
              description: v.description,
              severity: v.severity,
              anonymous: v.anonymous,
              what: v.what || undefined,
              where: v.where || undefined,
              who: v.who || undefined,
              when: v.when || undefined,
              expectation: v.expectation || undefined,
            },
          },
        });
        setDone(res.data?.fileComplaint);
      } else {
        const res = await help({
          variables: {
            input: {
              ...where,
              category: v.helpCategory!,
              description: v.description,
              answered: v.answered,
            },
          },
        });
        setDone(res.data?.requestHelp);
      }
      onLogged?.();
    } catch {
      // Shown from the mutation's error below.
    }
  };

  if (done)
    return (
      <Card title={title}>
        <Result
          status="success"
          title={t('ticket.logged', { kind: t(`ticketKind.${done.kind}`) })}
          subTitle={
            <>
              {t(`status.${done.status}`)} · {formatDateTime(done.createdAt, lang, place.timeZone)}
              <br />
              {t('frontDesk.ticketNo')} <Typography.Text copyable>{done.id}</Typography.Text>
            </>
          }
          extra={
            <Button
              onClick={() => {
                form.resetFields();
                setDone(undefined);
              }}
            >
              {t('ticket.another')}
            </Button>
          }
        />
        <Typography.Title level={5}>{t('sla.title')}</Typography.Title>
        <div data-logged-sla>
          <SlaList deadlines={done.slaDeadlines} timeZone={place.timeZone} />
        </div>
      </Card>
    );

  return (
    <Card title={title}>
      <Segmented<TicketKindToLog>
        block
        style={{ marginBottom: 16 }}
        value={kind}
        onChange={setKind}
        options={(['REPAIR', 'COMPLAINT', 'HELP'] as const).map((k) => ({
          value: k,
          label: t(`ticketKind.${k}`),
        }))}
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          priority: 'NORMAL',
          severity: 'GENERAL',
          complaintCategory: 'FACILITY',
          helpCategory: 'ENQUIRY',
        }}
        onFinish={(v) => void submit(v)}
      >
        {kind === 'COMPLAINT' && (
          <Form.Item name="complaintCategory" label={t('ticket.category')}>
            <Select
              options={COMPLAINT_CATEGORIES.map((x) => ({ value: x, label: t(`complaintCategory.${x}`) }))}
            />
          </Form.Item>
        )}
        {kind === 'HELP' && (
          <Form.Item name="helpCategory" label={t('ticket.category')}>
            <Select options={HELP_CATEGORIES.map((x) => ({ value: x, label: t(`helpCategory.${x}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="description"
          label={t(kind === 'REPAIR' ? 'frontDesk.description' : 'ticket.description')}
          rules={[{ required: true, whitespace: true, message: t('ticket.descriptionRequired') }]}
        >
          <Input.TextArea rows={3} autoFocus={focus} />
        </Form.Item>
        {kind === 'REPAIR' && (
          <>
            <Form.Item name="priority" label={t('frontDesk.priority')}>
              <Radio.Group
                optionType="button"
                options={(['NORMAL', 'EXPRESS', 'URGENT'] as const).map((p) => ({
                  value: p,
                  label: t(`priority.${p}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="priceItemCode"
              label={t('frontDesk.priceItem')}
              extra={t('frontDesk.priceItemHint')}
            >
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
          </>
        )}
        {kind === 'COMPLAINT' && (
          <>
            <Form.Item name="severity" label={t('ticket.severity')} extra={t('ticket.severityHint')}>
              <Radio.Group
                optionType="button"
                options={(['GENERAL', 'IMPORTANT', 'MAJOR'] as const).map((s) => ({
                  value: s,
                  label: t(`severity.${s}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="anonymous" valuePropName="checked">
              <Checkbox>{t('ticket.anonymous')}</Checkbox>
            </Form.Item>
            <Collapse
              size="small"
              style={{ marginBottom: 16 }}
              items={[
                {
                  key: 'intake',
                  label: t('ticket.intake'),
                  forceRender: true,
                  children: (['what', 'where', 'who', 'when', 'expectation'] as const).map((f) => (
                    <Form.Item key={f} name={f} label={t(`ticket.intakeField.${f}`)}>
                      <Input />
                    </Form.Item>
                  )),
                },
              ]}
            />
          </>
        )}
        {kind === 'HELP' && (
          <Form.Item name="answered" valuePropName="checked" extra={t('ticket.answeredHint')}>
            <Checkbox>{t('ticket.answered')}</Checkbox>
          </Form.Item>
        )}
        {error && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(error, t)} />}
        <Button type="primary" htmlType="submit" loading={loading} block size="large">
          {t(`ticket.submit.${kind}`)}
        </Button>
      </Form>
    </Card>
  );
}
