import { connectionOf } from '@pm/graphql';
import { MeterReading } from './meter.entity';

export const MeterReadingConnection = connectionOf(MeterReading);
