// The deployables `npm start` runs, in start order, with their local ports.
export const SERVICES = [
  {
    name: 'tenancy',
    port: 4001,
    entry: 'services/tenancy/dist/main.js',
    migrate: 'services/tenancy/dist/migrate.js',
  },
];
export const GATEWAY = { name: 'gateway', port: 4000, entry: 'gateway/dist/main.js' };
