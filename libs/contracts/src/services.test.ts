import { readFileSync } from 'fs';
import path from 'path';
import { parse } from 'yaml';
import { GATEWAY_PORT, SERVICES, domainSubjects, streamName, subgraphUrlVar } from './services';
import { Streams } from './events';

/**
 * Every place outside the code that names the services agrees with the manifest, so adding a
 * service is one manifest line plus what this test then asks for — never a silent omission.
 */
const root = path.resolve(__dirname, '../../..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');
const names = SERVICES.map((s) => s.name);

describe('the service manifest and the files that must follow it', () => {
  it('has unique names and ports, lower-case names that are valid in a database and a subject', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(new Set([GATEWAY_PORT, ...SERVICES.map((s) => s.port)]).size).toBe(SERVICES.length + 1);
    for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9]*$/);
  });

  it('gives every service an event stream, plus the dead letters', () => {
    expect(Streams).toEqual({
      ...Object.fromEntries(names.map((n) => [n.toUpperCase(), domainSubjects(n)])),
      DLQ: 'pm.dlq.>',
    });
  });

  it('deploy/nats/streams.json defines the streams the services create, by the same names', () => {
    const streams = JSON.parse(read('deploy/nats/streams.json')) as { name: string; subjects: string[] }[];
    expect(streams.map((s) => [s.name, s.subjects])).toEqual(
      Object.entries(Streams).map(([domain, subject]) => [streamName(domain), [subject]]),
    );
  });

  it('deploy/compose.yaml runs every service on its port and database, and the gateway reaches each', () => {
    const compose = parse(read('deploy/compose.yaml'), { merge: true }).services;
    for (const s of SERVICES) {
      expect(compose[s.name]?.command).toEqual(['node', `services/${s.name}/dist/main.js`]);
      expect(compose[s.name].environment.PORT).toBe(String(s.port));
      expect(compose[s.name].environment.DATABASE_URL).toMatch(new RegExp(`/pm_${s.name}(\\?|$)`));
      expect(compose.gateway.environment[subgraphUrlVar(s.name)]).toBe(`http://${s.name}:${s.port}/graphql`);
    }
  });

  it('helm values run every service on its port with its entry point', () => {
    const values = parse(read('helm/pm-platform/values.yaml')).services;
    for (const s of SERVICES) {
      expect(values[s.name]).toMatchObject({ port: s.port, entry: `services/${s.name}/dist/main.js` });
    }
    expect(values.gateway).toMatchObject({ port: GATEWAY_PORT });
  });

  it('deploy/postgres/init.sql creates and grants every service database', () => {
    const sql = read('deploy/postgres/init.sql');
    for (const n of names) {
      expect(sql).toContain(`CREATE DATABASE pm_${n};`);
      expect(sql).toContain(`GRANT CONNECT, TEMPORARY ON DATABASE pm_${n} TO pm_app;`);
    }
  });

  it('the Dockerfile exposes every port and the build references every service', () => {
    const exposed = read('Dockerfile')
      .match(/^EXPOSE (.*)$/m)![1]
      .split(/\s+/)
      .map(Number);
    expect(exposed.sort()).toEqual([GATEWAY_PORT, ...SERVICES.map((s) => s.port)].sort());
    const refs = (JSON.parse(read('tsconfig.json')).references as { path: string }[]).map((r) => r.path);
    for (const n of names) expect(refs).toContain(`services/${n}`);
  });
});
