import { TextDecoder } from 'util';
import iconv from 'iconv-lite';

export type TextEncoding = 'UTF-8' | 'UTF-8-BOM' | 'GB18030';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A CSV's bytes as text. Excel on a Chinese Windows saves "CSV" in the ANSI code page (GBK),
 * "CSV UTF-8" with a BOM; other tools save UTF-8 without one. Order: a BOM decides; else text that
 * is valid UTF-8 is UTF-8 (GBK text of any length is almost never valid UTF-8 by chance); else
 * GB18030, the superset of GBK and GB2312, which decodes any byte string.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: strictUtf8.decode(bytes.subarray(3)), encoding: 'UTF-8-BOM' };
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'GB18030' };
  }
}
