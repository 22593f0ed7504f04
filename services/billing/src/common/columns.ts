import { BigIntType } from '@mikro-orm/core';

/** Money columns are bigint fen, read as JS numbers (safe far beyond any bill). */
export const fen = () => new BigIntType('number');

/** The migrations' foreign keys are plain `references` (no cascades). */
export const NO_ACTION = { updateRule: 'no action', deleteRule: 'no action' } as const;
