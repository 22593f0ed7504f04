import { BigIntType } from '@mikro-orm/core';

/** Money columns are bigint fen, read as JS numbers (safe far beyond any bill). */
export const fen = () => new BigIntType('number');
