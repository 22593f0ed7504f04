/**
 * Chinese capital numerals (大写金额) for money in fen, as written on receipts and notices:
 * 零元整, 壹拾元整, 壹拾万零壹元整, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分.
 * Rules (《支付结算办法》 as practised): 壹 is written before 拾; one 零 stands for any run of
 * zeros inside the number; "整" follows 元 when there are no 角 and 分, and is not written after 角.
 */
const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const IN_GROUP = ['', '拾', '佰', '仟'];
/** Units of the 4-digit groups from the lowest: 个, 万, 亿, 万亿. */
const GROUPS = ['', '万', '亿', '万亿'];

/** The largest amount written: 9,999,999,999,999,999 fen would lose precision before it matters. */
export const MAX_CAPITAL_FEN = Number.MAX_SAFE_INTEGER;

/** One group of up to four digits (1–9999), zeros inside collapsed to one 零, trailing ones dropped. */
function group(v: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(v / 10 ** pos) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d] + IN_GROUP[pos];
  }
  return out;
}

/** Whole yuan in capitals, without 元: '' for 0. */
function yuanWords(yuan: number): string {
  const groups: number[] = [];
  for (let n = yuan; n > 0; n = Math.floor(n / 10_000)) groups.push(n % 10_000);
  if (groups.length > GROUPS.length) throw new RangeError('amount too large for capital numerals');
  let out = '';
  let gap = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const v = groups[i];
    if (v === 0) {
      if (out) gap = true;
      continue;
    }
    // A skipped group, or a group with leading zeros after a higher one, reads 零 once.
    if (out && (gap || v < 1000)) out += '零';
    gap = false;
    out += group(v) + GROUPS[i];
  }
  return out;
}

export function capitalAmount(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount must be whole fen, got ${fen}`);
  if (fen < 0) return `负${capitalAmount(-fen)}`;
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  const whole = yuanWords(yuan);
  if (jiao === 0 && f === 0) return `${whole || '零'}元整`;
  let out = whole ? `${whole}元` : '';
  if (jiao) out += `${DIGITS[jiao]}角`;
  else if (whole) out += '零';
  if (f) out += `${DIGITS[f]}分`;
  return out;
}

/** ¥1,234.56 for a notice (money is always integer fen). */
export function yuanFigures(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount must be whole fen, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}
