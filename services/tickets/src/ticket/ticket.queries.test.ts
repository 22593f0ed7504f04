import { uuidv7 } from '@pm/db';
import { decodeQueueCursor, queueCursor } from './ticket.queries';

describe('engineering queue cursor', () => {
  it('carries the deadline key and the id of its ticket, exactly as PostgreSQL wrote the key', () => {
    const id = uuidv7();
    for (const dueKey of ['2026-12-31 15:30:00.123456+00', '2027-03-07 16:30:00+08', 'infinity'])
      expect(decodeQueueCursor(queueCursor(dueKey, id))).toEqual({ dueKey, id });
  });

  it('rejects cursors of other lists and garbage as VALIDATION_FAILED on after', () => {
    const id = uuidv7();
    for (const bad of [
      Buffer.from(id).toString('base64url'),
      queueCursor('yesterday', id),
      queueCursor('2026-12-31 15:30:00+00', 'not-an-id'),
      queueCursor("2026-12-31 15:30:00+00'; drop table tickets; --", id),
      'garbage',
    ])
      expect(() => decodeQueueCursor(bad)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'VALIDATION_FAILED' }) }),
      );
  });
});
