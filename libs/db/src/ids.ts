import { randomBytes, randomInt } from 'crypto';

let lastMs = -1;
let sequence = 0;
// Random bytes drawn a few KB at a time: one system call per id was a tenth of a 10,000-row
// import's CPU (bench/README.md, "Customer import"). Each byte is handed out once.
let pool = Buffer.alloc(0);
let poolAt = 0;
function random(n: number): Buffer {
  if (poolAt + n > pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  poolAt += n;
  return pool.subarray(poolAt - n, poolAt);
}

/**
 * UUIDv7: time-ordered, so primary keys double as stable pagination cursors and inserts
 * stay at the right edge of the index. Ids made in the same millisecond count up in the 12-bit
 * `rand_a` field (RFC 9562 §6.2, method 1), so rows created one after another in a loop keep
 * their order when sorted by id; the counter starts at a random point in the lower half so
 * ids stay unguessable.
 */
export function uuidv7(now = Date.now()): string {
  if (now === lastMs && sequence < 0xfff) sequence++;
  else sequence = randomInt(0, 0x800);
  lastMs = now;
  const b = Buffer.from(random(16));
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | (sequence >> 8);
  b[7] = sequence & 0xff;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
