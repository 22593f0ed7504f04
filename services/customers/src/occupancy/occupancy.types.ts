import { registerEnumType } from 'type-graphql';
import { ChecklistItem } from './occupancy.rules';

registerEnumType(ChecklistItem, {
  valuesConfig: {
    NOTICE: { description: 'Move-in notice sent (入伙通知书).' },
    PURCHASE_CONTRACT: { description: 'Purchase contract seen.' },
    PAYMENT_PROOF: { description: 'Proof of payment seen.' },
    ID_AND_PHOTOS: { description: 'ID card and photos provided.' },
    POWER_OF_ATTORNEY: { description: 'Power of attorney, when an agent acts.' },
    SIGNED_COVENANT: { description: 'Management covenant (管理公约) signed.' },
    FIRE_SAFETY_RESPONSIBILITY: {
      description: 'Fire-safety responsibility letter signed.',
    },
    SERVICE_AGREEMENT: { description: 'Property service agreement signed.' },
    METER_READINGS: { description: 'Meter readings recorded at handover.' },
    KEYS_HANDED_OVER: { description: 'Keys handed over.' },
    ARCHIVE_CREATED: { description: 'Customer archive created.' },
    LEASE_SIGNED: {
      description: 'Lessee: lease signed (see R-CUS-5 in docs/domain-rules.md).',
    },
    RENT_PAID: { description: 'Lessee: rent paid.' },
    ID_PROVIDED: { description: 'Lessee: ID provided.' },
    RENOVATION_ACCEPTED: { description: 'Lessee: renovation accepted.' },
    OWNER_PRESENT: { description: 'Lessee: the owner was present at registration.' },
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
    WATER: { description: 'Water meter, m³.' },
    ELECTRICITY: { description: 'Electricity meter, kWh.' },
    GAS: { description: 'Gas meter, m³.' },
  },
  description: 'A utility meter of a unit.',
  name: 'MeterKind',
});
