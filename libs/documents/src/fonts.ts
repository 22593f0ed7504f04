import { existsSync, readFileSync } from 'fs';
import * as fontkit from 'fontkit';

/** Where Debian's fonts-noto-cjk puts its collections (installed by the local tooling and the image). */
export const NOTO_CJK_DIR = '/usr/share/fonts/opentype/noto';

export interface CjkFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
}

/** Simplified-Chinese faces of the collections, sans first (clearer on a laser printer at 9 pt). */
const FACES = {
  regular: [
    ['NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
    ['NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular'],
  ],
  bold: [
    ['NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold'],
    ['NotoSerifCJK-Bold.ttc', 'NotoSerifCJKsc-Bold'],
    ['NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  ],
} as const;

let cached: { dir: string; fonts: CjkFonts } | undefined;

export class FontMissingError extends Error {
  constructor(dir: string) {
    super(`no Noto CJK font in ${dir}: install the Debian package fonts-noto-cjk`);
  }
}

function load(dir: string, faces: readonly (readonly [string, string])[]): fontkit.Font {
  for (const [file, face] of faces) {
    const path = `${dir}/${file}`;
    if (!existsSync(path)) continue;
    return unshaped(fontkit.create(readFileSync(path), face) as fontkit.Font);
  }
  throw new FontMissingError(dir);
}

/**
 * The font with a layout that maps each character to its glyph and advance, without OpenType
 * shaping. Chinese, digits and the Latin of a notice need no ligatures or contextual forms, and
 * shaping every distinct string through the collection's large GSUB tables cost ≈ 20 ms a page
 * (1,000 notices in 25 s); glyphs are looked up once per process (1,000 notices in a few seconds).
 * pdfkit scales the positions it gets in place, so each call answers new position objects.
 */
export function unshaped(font: fontkit.Font): fontkit.Font {
  const glyphs = new Map<number, fontkit.Glyph>();
  const glyph = (cp: number) => {
    let g = glyphs.get(cp);
    if (!g) glyphs.set(cp, (g = font.glyphForCodePoint(cp)));
    return g;
  };
  const layout = (text: string) => {
    const run: fontkit.Glyph[] = [];
    const positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] = [];
    let advanceWidth = 0;
    for (const ch of text) {
      const g = glyph(ch.codePointAt(0)!);
      run.push(g);
      positions.push({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
      advanceWidth += g.advanceWidth;
    }
    return { glyphs: run, positions, advanceWidth };
  };
  // Everything else (metrics, tables, subsetting) is the font's own, through the prototype.
  return Object.assign(Object.create(font) as fontkit.Font, { layout });
}

/**
 * The CJK faces, parsed once per process: a collection is ~20 MB and parsing it per document
 * would cost more than rendering a notice. fontkit parses tables lazily and pdfkit makes its
 * own subset per document, so one Font object serves every document (measured: 80 ms to load,
 * then 1,000 one-page notices in ≈ 2 s on this machine).
 */
export function cjkFonts(dir = NOTO_CJK_DIR): CjkFonts {
  if (cached?.dir === dir) return cached.fonts;
  const fonts = { regular: load(dir, FACES.regular), bold: load(dir, FACES.bold) };
  cached = { dir, fonts };
  return fonts;
}
