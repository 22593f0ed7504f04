import { RefusalLimiter } from './refusals';

describe('RefusalLimiter', () => {
  it('refuses an address unread once it spent its refusals, until its window ends; other addresses are not affected', () => {
    let now = 1_000_000;
    const l = new RefusalLimiter({ perWindow: 3, windowS: 60, maxAddresses: 100 }, () => now);
    for (let i = 0; i < 3; i++) {
      expect(() => l.check('203.0.113.1')).not.toThrow();
      l.note('203.0.113.1');
    }
    let thrown: any;
    try {
      l.check('203.0.113.1');
    } catch (e) {
      thrown = e;
    }
    expect(thrown.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      quota: 'refusals',
      limit: 3,
      retryAfterS: 60,
    });
    expect(() => l.check('198.51.100.7')).not.toThrow();
    now += 60_000;
    expect(() => l.check('203.0.113.1')).not.toThrow();
  });

  it('forgets the least recently seen address beyond its bound', () => {
    const l = new RefusalLimiter({ perWindow: 1, windowS: 60, maxAddresses: 2 });
    l.note('a');
    l.note('b');
    l.note('c');
    expect(() => l.check('a')).not.toThrow();
    expect(() => l.check('c')).toThrow();
  });
});
