import { Migration20261127100000 } from './migrations/Migration20261127100000';
import { Migration20261127110000 } from './migrations/Migration20261127110000';

/**
 * Billing talks SQL directly: the bulk bill run is set-based (insert … select), and the other
 * aggregates are small enough that raw, RLS-scoped statements stay the clearest.
 */
export const entities: never[] = [];
export const migrations = [
  { name: 'Migration20261127100000', class: Migration20261127100000 },
  { name: 'Migration20261127110000', class: Migration20261127110000 },
];
