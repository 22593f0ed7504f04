import { readFileSync } from 'fs';
import path from 'path';
import { parse } from 'yaml';
import { Events, Streams, deadLetterSubject } from './events';
import { SERVICES } from './services';

/**
 * The NATS users and permissions (deploy/nats/accounts.cjs) follow from the service manifest
 * and the event contracts: each service publishes only its own domain, consumes only what its
 * manifest entry declares, and the committed configs (compose, Helm) are the generator's output.
 */
const root = path.resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const accounts = require(path.join(root, 'deploy/nats/accounts.cjs'));
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');

interface User {
  user: string;
  publish: string[];
  subscribe: string[];
}
const users: User[] = accounts.users();
const userOf = (name: string) => users.find((u) => u.user === name)!;
const subjects = new Set(Object.values(Events).map((c) => c.subject));

describe('NATS accounts generated from the manifest', () => {
  it('has one user per service and the operator; no user for the gateway, none anonymous', () => {
    expect(users.map((u) => u.user).sort()).toEqual([...SERVICES.map((s) => s.name), 'pm-admin'].sort());
    expect(users.some((u) => u.user === 'gateway')).toBe(false);
    const conf = accounts.authorizationConf();
    expect(conf).not.toMatch(/^\s*no_auth_user/m);
    expect(conf).not.toMatch(/password:\s*"/); // passwords only as $NATS_PASSWORD_<USER>
  });

  it('declares consumers named after their service, on subjects of real contracts of another domain', () => {
    for (const s of SERVICES) {
      for (const [name, subject] of Object.entries(s.consumers)) {
        expect(name.startsWith(`${s.name}.`)).toBe(true);
        expect(subjects.has(subject)).toBe(true);
        expect(subject.startsWith(`pm.${s.name}.`)).toBe(false);
      }
    }
  });

  it.each(SERVICES.map((s) => [s.name, s] as const))(
    '%s publishes only on its own domain, its JetStream objects and its dead letters',
    (name, s) => {
      const { publish, subscribe } = userOf(name);
      expect(subscribe).toEqual([`_INBOX_${name}.>`]);
      const stream = `PM_${name.toUpperCase()}`;
      const durables = Object.keys(s.consumers).map((c) => c.replace(/[^A-Za-z0-9_-]/g, '_'));
      for (const p of publish) {
        if (p.startsWith('pm.dlq.')) {
          expect(durables.map((d) => deadLetterSubject(d))).toContain(p);
          continue;
        }
        if (p.startsWith('pm.')) {
          expect(p).toBe(Streams[name.toUpperCase()]);
          continue;
        }
        // JetStream's API: the account info, streams by name, its own consumers by name.
        expect(p).toMatch(
          /^\$JS\.(API\.INFO|API\.STREAM\.INFO\.PM_[A-Z]+|API\.CONSUMER\.(CREATE|INFO|MSG\.NEXT)\.PM_[A-Z]+\.[A-Za-z0-9_-]+(\..+)?|ACK\.PM_[A-Z]+\.[A-Za-z0-9_-]+\.>)$/,
        );
        expect(p).not.toMatch(/\*/);
        if (p.startsWith('$JS.API.CONSUMER.') || p.startsWith('$JS.ACK.'))
          expect(durables).toContain(
            p.replace(/^\$JS\.(API\.CONSUMER\.(CREATE|INFO|MSG\.NEXT)|ACK)\.PM_[A-Z]+\./, '').split('.')[0],
          );
      }
      // It may look at its own stream, never create, change or delete one: that is the operator's.
      expect(publish).toContain(`$JS.API.STREAM.INFO.${stream}`);
      expect(publish.filter((p) => /\.STREAM\.(CREATE|UPDATE|DELETE|PURGE)\b/.test(p))).toEqual([]);
      // Exactly its consumers, each with its own filter subject.
      for (const [c, subject] of Object.entries(s.consumers)) {
        const d = c.replace(/[^A-Za-z0-9_-]/g, '_');
        expect(publish).toContain(
          `$JS.API.CONSUMER.CREATE.${accounts.streamOfSubject(subject)}.${d}.${subject}`,
        );
      }
      expect(publish.filter((p) => p.startsWith('$JS.API.CONSUMER.CREATE.'))).toHaveLength(
        Object.keys(s.consumers).length,
      );
    },
  );

  it('the committed configs (compose, Helm) are the generator output: node deploy/nats/accounts.cjs --write', () => {
    for (const f of accounts.COMMITTED as string[])
      expect(readFileSync(f, 'utf8')).toBe(accounts.authorizationConf());
    expect(read('deploy/nats/nats.conf')).toMatch(/^include\s+"?\.\/authorization\.conf"?/m);
  });

  it('compose gives nats every password and each service its own user and password', () => {
    const compose = parse(read('deploy/compose.yaml'), { merge: true }).services;
    for (const u of users)
      expect(Object.keys(compose.nats.environment)).toContain(accounts.passwordVar(u.user));
    for (const s of SERVICES) {
      expect(compose[s.name].environment.NATS_USER).toBe(s.name);
      expect(compose[s.name].environment.NATS_PASSWORD).toContain(accounts.passwordVar(s.name));
    }
    expect(compose.gateway.environment.NATS_USER).toBeUndefined();
    expect(compose.gateway.environment.NATS_PASSWORD).toBeUndefined();
  });
});
