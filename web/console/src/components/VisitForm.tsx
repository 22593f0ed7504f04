import { useMutation } from '@apollo/client/react';
import { Alert, App, Checkbox, Form, Input, Modal, Radio, Rate } from 'antd';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { VisitMethod } from '../gql/graphql';
import { useLang } from '../i18n';

const RECORD_VISIT = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      id
      followUpTicketId
    }
  }
`);

interface Values {
  method: VisitMethod;
  satisfaction: number;
  customerSigned?: boolean;
  note?: string;
  newIssue?: string;
}

/** A follow-up visit of a closed ticket (R-VIS-*): how, how satisfied, an issue raised. */
export function VisitForm({
  ticketId,
  onClose,
  onDone,
}: {
  ticketId: string;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [record, { loading, error }] = useMutation(RECORD_VISIT);
  const [form] = Form.useForm<Values>();
  const method = Form.useWatch('method', form);
  const submit = (v: Values) =>
    record({
      variables: {
        input: {
          ticketId,
          method: v.method,
          satisfaction: v.satisfaction,
          customerSigned: v.customerSigned,
          note: v.note || undefined,
          newIssue: v.newIssue || undefined,
        },
      },
    }).then(
      (r) => {
        message.success(
          r.data?.recordVisit.followUpTicketId ? t('visit.recordedWithIssue') : t('visit.recorded'),
        );
        onDone();
        onClose();
      },
      () => undefined,
    );
  return (
    <Modal
      open
      title={t('visit.title')}
      okText={t('visit.save')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ method: 'PHONE', satisfaction: 5 }}
        onFinish={submit}
      >
        <Form.Item name="method" label={t('visit.method')}>
          <Radio.Group
            optionType="button"
            options={(['PHONE', 'ON_SITE'] as const).map((m) => ({
              value: m,
              label: t(`visit.methods.${m}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="satisfaction" label={t('visit.satisfaction')}>
          <Rate aria-label={t('visit.satisfaction')} />
        </Form.Item>
        <Form.Item
          name="customerSigned"
          valuePropName="checked"
          rules={[
            {
              validator: (_, v: boolean | undefined) =>
                method === 'ON_SITE' && !v
                  ? Promise.reject(new Error(t('visit.signatureRequired')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Checkbox>{t('visit.customerSigned')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('visit.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="newIssue" label={t('visit.newIssue')} extra={t('visit.newIssueHint')}>
          <Input />
        </Form.Item>
        {error && <Alert type="error" title={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}
