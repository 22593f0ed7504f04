import { execFile } from 'child_process';
import path from 'path';
import { promisify } from 'util';

/**
 * The short chaos run (`npm run chaos -- --short`, deploy/local/chaos.mjs): 600 events over
 * three flows through real service processes, its own NATS server, and the test run's
 * databases, while the relays, the consumers and the NATS server are killed with SIGKILL and a
 * consumer's database connections are cut; afterwards every consumer applied every event exactly
 * once (inbox and effect rows), no dead letter, no quarantined row, the charges' sum exact.
 * The full run (10,000 events, 20 kills) is `npm run chaos`.
 */
const ROOT = path.resolve(__dirname, '../../..');

describe('chaos (short): kill -9 of relays, consumers and NATS while events flow', () => {
  it('loses nothing and doubles nothing', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, 'deploy/local/chaos.mjs'), '--short', '--json'],
      { cwd: ROOT, env: process.env, maxBuffer: 10_000_000 },
    ).catch((e: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`${e.message}\n${e.stderr ?? ''}`);
    });
    const report = JSON.parse(stdout.trim().split('\n').pop()!);
    process.stderr.write(stderr);
    expect(report.kills).toBeGreaterThanOrEqual(6);
    expect(Object.keys(report.killed)).toEqual(
      expect.arrayContaining([
        'nats',
        'relay tenancy',
        'consumer billing',
        'billing database connections cut',
      ]),
    );
    expect(report.effectsReached).toBe(report.effects);
    expect({
      lost: report.lost,
      doubled: report.doubled,
      deadLetters: report.deadLetters,
      quarantined: report.quarantined,
    }).toEqual({
      lost: 0,
      doubled: 0,
      deadLetters: 0,
      quarantined: 0,
    });
    for (const c of report.consumers) expect([c.inbox, c.effect]).toEqual([c.expected, c.expected]);
    expect(report.chargesFen.charged).toBe(report.chargesFen.expected);
    // Every service process answers /metrics; at quiet its consumers have nothing pending.
    for (const s of ['tenancy', 'customers', 'tickets', 'billing']) {
      expect(report.metrics[s].outboxLagSeconds).toBeLessThan(60);
      expect(report.metrics[s].pending).toBe(0);
      expect(report.metrics[s].deadLetters).toBe(0);
    }
    expect(report.metrics.billing.consumers).toBeGreaterThanOrEqual(3);
  }, 510_000);
});
