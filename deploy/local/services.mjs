// The deployables `npm start` runs, in start order, with their local ports.
const service = (name, port) => ({
  name,
  port,
  entry: `services/${name}/dist/main.js`,
  migrate: `services/${name}/dist/migrate.js`,
});

export const SERVICES = [
  service('tenancy', 4001),
  service('customers', 4002),
  service('tickets', 4003),
  service('billing', 4004),
  service('appraisal', 4005),
];
export const GATEWAY = { name: 'gateway', port: 4000, entry: 'gateway/dist/main.js' };
