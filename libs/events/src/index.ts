export * from './sql';
export * from './outbox';
export * from './nats';
export * from './relay';
export * from './retention';
export * from './consumer';
export * from './projection';
export * from './failure';
