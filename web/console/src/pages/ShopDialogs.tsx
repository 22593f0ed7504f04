import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { errorText } from '../errors';
import { formatDate, todayIn } from '../format';
import { graphql } from '../gql';
import type { ShopContractKind } from '../gql/graphql';
import { useLang } from '../i18n';
import { currentOccupants } from '../shops';
import { useSiteUnits } from '../units';

const OCCUPANTS = graphql(`
  query ShopUnitOccupants($unitId: ID!) {
    customers(first: 20, filter: { unitId: $unitId }) {
      edges {
        node {
          id
          name
          occupancies {
            unitId
            endDate
          }
        }
      }
    }
  }
`);

const REGISTER_SHOP = graphql(`
  mutation RegisterShop($input: RegisterShopInput!) {
    registerShop(input: $input) {
      id
    }
  }
`);

const RECORD_INSPECTION = graphql(`
  mutation RecordShopInspection($input: RecordShopInspectionInput!) {
    recordShopInspection(input: $input) {
      id
      passed
      rectificationDeadline
    }
  }
`);

const RECORD_RECTIFICATION = graphql(`
  mutation RecordShopRectification($input: RecordShopRectificationInput!) {
    recordShopRectification(input: $input) {
      id
      rectifiedOn
    }
  }
`);

const REGISTER_CONTRACT = graphql(`
  mutation RegisterShopContract($input: RegisterShopContractInput!) {
    registerShopContract(input: $input) {
      id
    }
  }
`);

const RECORD_DUCT_CLEANING = graphql(`
  mutation RecordDuctCleaning($input: RecordDuctCleaningInput!) {
    recordDuctCleaning(input: $input) {
      id
    }
  }
`);

interface Common {
  timeZone: string;
  onClose(): void;
  onDone(): void;
}

/** One dialog of the shop page: a vertical form, its error, saved with the OK button. */
function Dialog<V extends object>({
  title,
  okText,
  loading,
  error,
  initialValues,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  okText: string;
  loading: boolean;
  error: unknown;
  initialValues: Partial<V>;
  onSubmit(v: V): void;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useLang();
  const [form] = Form.useForm<V>();
  return (
    <Modal
      open
      title={title}
      okText={okText}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit}>
        {children}
        {error ? <Alert type="error" title={errorText(error, t)} /> : null}
      </Form>
    </Modal>
  );
}

/** Puts the tenant occupying a unit under the inspection cycle (R-CUS-15). */
export function RegisterShopDialog({
  propertyId,
  timeZone,
  onClose,
  onDone,
}: Common & { propertyId: string }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const { units } = useSiteUnits();
  const [register, { loading, error }] = useMutation(REGISTER_SHOP);
  const [form] = Form.useForm<{ unitId: string; customerId: string; foodAndBeverage: boolean }>();
  const unitId = Form.useWatch('unitId', form);
  const occupants = useQuery(OCCUPANTS, { variables: { unitId: unitId ?? '' }, skip: !unitId });
  const unitOptions = useMemo(
    () =>
      units
        .filter((u) => u.propertyId === propertyId)
        .map((u) => ({
          value: u.id,
          label: t('frontDesk.unitLabel', { building: u.building, number: u.number }),
        })),
    [units, propertyId, t],
  );
  const tenants = unitId
    ? currentOccupants(occupants.data?.customers.edges.map((e) => e.node) ?? [], unitId, todayIn(timeZone))
    : [];
  return (
    <Modal
      open
      title={t('shops.registerTitle')}
      okText={t('shops.registerSave')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ foodAndBeverage: false }}
        onValuesChange={(changed: { unitId?: string }) => {
          if ('unitId' in changed) form.setFieldValue('customerId', undefined);
        }}
        onFinish={(v) =>
          register({ variables: { input: { propertyId, ...v } } }).then(
            () => {
              message.success(t('shops.registered'));
              onDone();
              onClose();
            },
            () => undefined,
          )
        }
      >
        <Form.Item
          name="unitId"
          label={t('shops.unit')}
          rules={[{ required: true, message: t('shops.unitRequired') }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
        </Form.Item>
        <Form.Item
          name="customerId"
          label={t('shops.occupant')}
          extra={
            unitId && !occupants.loading && !tenants.length ? t('shops.noOccupant') : t('shops.occupantHint')
          }
          rules={[{ required: true, message: t('shops.occupantRequired') }]}
        >
          <Select
            loading={occupants.loading}
            disabled={!unitId}
            options={tenants.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item
          name="foodAndBeverage"
          label={t('shops.fnbSwitch')}
          valuePropName="checked"
          extra={t('shops.fnbHint')}
        >
          <Switch />
        </Form.Item>
        {(error ?? occupants.error) && <Alert type="error" title={errorText(error ?? occupants.error, t)} />}
      </Form>
    </Modal>
  );
}

/** An inspection of a shop; a failed one opens a rectification whose deadline is shown (R-CUS-15). */
export function InspectionDialog({
  shopId,
  tenant,
  timeZone,
  onClose,
  onDone,
}: Common & { shopId: string; tenant: string }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const [record, { loading, error }] = useMutation(RECORD_INSPECTION);
  const today = todayIn(timeZone);
  return (
    <Dialog<{ inspectedOn: string; passed: boolean; findings?: string }>
      title={t('shops.inspectTitle', { tenant })}
      okText={t('shops.save')}
      loading={loading}
      error={error}
      onClose={onClose}
      initialValues={{ inspectedOn: today, passed: true }}
      onSubmit={(v) =>
        record({
          variables: {
            input: {
              shopId,
              inspectedOn: v.inspectedOn,
              passed: v.passed,
              findings: v.findings?.trim() || undefined,
            },
          },
        }).then(
          (r) => {
            const deadline = r.data?.recordShopInspection.rectificationDeadline;
            if (deadline)
              message.warning(t('shops.failedRecorded', { deadline: formatDate(deadline, lang) }));
            else message.success(t('shops.passedRecorded'));
            onDone();
            onClose();
          },
          () => undefined,
        )
      }
    >
      <Form.Item name="inspectedOn" label={t('shops.inspectedOn')} rules={[{ required: true }]}>
        <Input type="date" max={today} />
      </Form.Item>
      <Form.Item name="passed" label={t('shops.result')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: t('shops.passed') },
            { value: false, label: t('shops.failed') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['passed']}>
        {({ getFieldValue }) => (
          <Form.Item
            name="findings"
            label={t('shops.findings')}
            extra={getFieldValue('passed') ? undefined : t('shops.findingsHint')}
            rules={[
              {
                required: !getFieldValue('passed'),
                whitespace: true,
                message: t('shops.findingsRequired'),
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form.Item>
    </Dialog>
  );
}

/** A failed inspection's rectification done (整改完成). */
export function RectificationDialog({
  inspectionId,
  deadline,
  timeZone,
  onClose,
  onDone,
}: Common & { inspectionId: string; deadline: string }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const [record, { loading, error }] = useMutation(RECORD_RECTIFICATION);
  const today = todayIn(timeZone);
  return (
    <Dialog<{ rectifiedOn: string }>
      title={t('shops.rectifyTitle', { deadline: formatDate(deadline, lang) })}
      okText={t('shops.save')}
      loading={loading}
      error={error}
      onClose={onClose}
      initialValues={{ rectifiedOn: today }}
      onSubmit={(v) =>
        record({ variables: { input: { inspectionId, rectifiedOn: v.rectifiedOn } } }).then(
          () => {
            message.success(t('shops.rectified'));
            onDone();
            onClose();
          },
          () => undefined,
        )
      }
    >
      <Form.Item name="rectifiedOn" label={t('shops.rectifiedOn')} rules={[{ required: true }]}>
        <Input type="date" max={today} />
      </Form.Item>
    </Dialog>
  );
}

interface ContractValues {
  kind: ShopContractKind;
  contractor: string;
  validFrom: string;
  validTo: string;
}

/** An F&B shop's duct-cleaning or pest-control contract put on file. */
export function ContractDialog({
  shopId,
  tenant,
  timeZone,
  onClose,
  onDone,
}: Common & { shopId: string; tenant: string }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [register, { loading, error }] = useMutation(REGISTER_CONTRACT);
  return (
    <Dialog<ContractValues>
      title={t('shops.contractTitle', { tenant })}
      okText={t('shops.save')}
      loading={loading}
      error={error}
      onClose={onClose}
      initialValues={{ kind: 'DUCT_CLEANING', validFrom: todayIn(timeZone) }}
      onSubmit={(v) =>
        register({ variables: { input: { shopId, ...v, contractor: v.contractor.trim() } } }).then(
          () => {
            message.success(t('shops.contractRegistered'));
            onDone();
            onClose();
          },
          () => undefined,
        )
      }
    >
      <Form.Item name="kind" label={t('shops.contractKind')}>
        <Radio.Group
          options={(['DUCT_CLEANING', 'PEST_CONTROL'] as const).map((k) => ({
            value: k,
            label: t(`shops.kind.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="contractor"
        label={t('shops.contractor')}
        rules={[{ required: true, whitespace: true, message: t('shops.contractorRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('shops.validFrom')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item
        name="validTo"
        label={t('shops.validTo')}
        dependencies={['validFrom']}
        rules={[
          { required: true, message: t('shops.validToRequired') },
          ({ getFieldValue }) => ({
            validator: (_, v: string | undefined) =>
              v && v < getFieldValue('validFrom')
                ? Promise.reject(new Error(t('shops.validToBefore')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input type="date" />
      </Form.Item>
    </Dialog>
  );
}

/** A kitchen-exhaust duct cleaning carried out (油烟管道清洁). */
export function DuctCleaningDialog({
  shopId,
  tenant,
  timeZone,
  onClose,
  onDone,
}: Common & { shopId: string; tenant: string }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const [record, { loading, error }] = useMutation(RECORD_DUCT_CLEANING);
  const today = todayIn(timeZone);
  return (
    <Dialog<{ cleanedOn: string; contractor?: string }>
      title={t('shops.ductTitle', { tenant })}
      okText={t('shops.save')}
      loading={loading}
      error={error}
      onClose={onClose}
      initialValues={{ cleanedOn: today }}
      onSubmit={(v) =>
        record({
          variables: {
            input: { shopId, cleanedOn: v.cleanedOn, contractor: v.contractor?.trim() || undefined },
          },
        }).then(
          () => {
            message.success(t('shops.ductRecorded'));
            onDone();
            onClose();
          },
          () => undefined,
        )
      }
    >
      <Form.Item name="cleanedOn" label={t('shops.ductCleanedOn')} rules={[{ required: true }]}>
        <Input type="date" max={today} />
      </Form.Item>
      <Form.Item name="contractor" label={t('shops.ductContractor')}>
        <Input maxLength={200} />
      </Form.Item>
    </Dialog>
  );
}
