export * from './job.entity';
export * from './runner';
export * from './sql';
