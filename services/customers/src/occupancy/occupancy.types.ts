import { registerEnumType } from 'type-graphql';
import { ChecklistItem } from './occupancy.rules';

registerEnumType(ChecklistItem, {
  valuesConfig: {
    NOTICE: { description: 'Move-in notice sent (入伙通知书).	已发送入伙通知书。' },
    PURCHASE_CONTRACT: { description: 'Purchase contract seen.	已查验购房合同。' },
    PAYMENT_PROOF: { description: 'Proof of payment seen.	已查验付款证明。' },
    ID_AND_PHOTOS: { description: 'ID card and photos provided.	已提供身份证及照片。' },
    POWER_OF_ATTORNEY: { description: 'Power of attorney, when an agent acts.	委托书（由代理人办理时）。' },
    SIGNED_COVENANT: { description: 'Management covenant (管理公约) signed.	已签署管理公约。' },
    FIRE_SAFETY_RESPONSIBILITY: {
      description: 'Fire-safety responsibility letter signed.	已签署消防安全责任书。',
    },
    SERVICE_AGREEMENT: { description: 'Property service agreement signed.	已签署物业服务协议。' },
    METER_READINGS: { description: 'Meter readings recorded at handover.	已登记交房时的表计读数。' },
    KEYS_HANDED_OVER: { description: 'Keys handed over.	已移交钥匙。' },
    ARCHIVE_CREATED: { description: 'Customer archive created.	已建立客户档案。' },
    LEASE_SIGNED: {
      description:
        'Lessee: lease signed (see R-CUS-5 in docs/domain-rules.md).	租户：已签订租赁合同（见 docs/domain-rules.md 中的 R-CUS-5）。',
    },
    RENT_PAID: { description: 'Lessee: rent paid.	租户：已付租金。' },
    ID_PROVIDED: { description: 'Lessee: ID provided.	租户：已提供身份证明。' },
    RENOVATION_ACCEPTED: { description: 'Lessee: renovation accepted.	租户：装修已验收。' },
    OWNER_PRESENT: { description: 'Lessee: the owner was present at registration.	租户：登记时业主在场。' },
  },
  name: 'MoveInChecklistItem',
  description: 'Documents and steps of move-in (R-CUS-4, R-CUS-5).',
});

export enum MeterKind {
  WATER = 'WATER',
  ELECTRICITY = 'ELECTRICITY',
  GAS = 'GAS',
}
registerEnumType(MeterKind, {
  valuesConfig: {
    WATER: { description: 'Water meter, m³.	水表，单位 m³。' },
    ELECTRICITY: { description: 'Electricity meter, kWh.	电表，单位 kWh。' },
    GAS: { description: 'Gas meter, m³.	燃气表，单位 m³。' },
  },
  description: 'A utility meter of a unit.	单元的计量表。',
  name: 'MeterKind',
});
