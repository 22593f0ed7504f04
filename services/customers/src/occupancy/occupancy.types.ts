import { registerEnumType } from 'type-graphql';
import { ChecklistItem } from './occupancy.rules';

registerEnumType(ChecklistItem, {
  name: 'MoveInChecklistItem',
  description: 'Documents and steps of move-in (R-CUS-4, R-CUS-5).',
});

export enum MeterKind {
  WATER = 'WATER',
  ELECTRICITY = 'ELECTRICITY',
  GAS = 'GAS',
}
registerEnumType(MeterKind, { name: 'MeterKind' });
