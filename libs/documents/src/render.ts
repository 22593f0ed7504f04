import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { CjkFonts, cjkFonts } from './fonts';
import { Align, Block, DocumentMeta, DocumentPage } from './model';

const A4: [number, number] = [595.28, 841.89];
const M = { left: 48, right: 48, top: 40 };
/** Content stops here; the footer sits below it (pdfkit's own bottom margin is kept small so a
 * footer written near the edge never makes it add a page by itself). */
const CONTENT_BOTTOM = A4[1] - 62;
const WIDTH = A4[0] - M.left - M.right;
const PAD = 4;
const LINE = '#333333';
const LABEL_BG = '#eeeeee';
const GREY = '#555555';

type Doc = PDFKit.PDFDocument;

export class DocumentTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the document is larger than ${limit} bytes`);
  }
}

export interface RenderOptions {
  /** Refused past this many bytes of PDF (memory stays bounded for a batch). */
  maxBytes: number;
  /** Called with pages rendered so far, every `progressEvery` pages and at the end. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  progressEvery?: number;
  fonts?: CjkFonts;
}

/**
 * Renders pages (one notice each, continuing onto further sheets when long) into one PDF. Yields
 * to the event loop between groups of pages, so a 1,000-page batch never blocks other requests
 * for more than a few milliseconds at a time.
 */
export async function renderPdf(
  pages: DocumentPage[],
  meta: DocumentMeta,
  o: RenderOptions,
): Promise<Buffer> {
  const fonts = o.fonts ?? cjkFonts();
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    info: { Title: meta.title, Author: meta.author, Producer: 'pm-platform', CreationDate: meta.createdAt },
  });
  doc.registerFont('regular', fonts.regular as never);
  doc.registerFont('bold', fonts.bold as never);
  const chunks: Buffer[] = [];
  let size = 0;
  doc.on('data', (c: Buffer) => {
    size += c.length;
    if (size <= o.maxBytes) chunks.push(c);
  });
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const every = o.progressEvery ?? 25;
  for (let i = 0; i < pages.length; i++) {
    new PageWriter(doc, pages[i]).write();
    if (size > o.maxBytes) {
      doc.end();
      await ended;
      throw new DocumentTooLargeError(o.maxBytes);
    }
    if ((i + 1) % every === 0 && i + 1 < pages.length) {
      await o.onProgress?.(i + 1, pages.length);
      await new Promise((r) => setImmediate(r));
    }
  }
  doc.end();
  await ended;
  if (size > o.maxBytes) throw new DocumentTooLargeError(o.maxBytes);
  await o.onProgress?.(pages.length, pages.length);
  return Buffer.concat(chunks);
}

/** Lays out one document page by page, top to bottom. */
class PageWriter {
  private y = 0;

  constructor(
    private doc: Doc,
    private page: DocumentPage,
  ) {}

  write(): void {
    this.newSheet(true);
    for (const b of this.page.blocks) this.block(b);
  }

  private newSheet(first: boolean): void {
    const d = this.doc;
    d.addPage({ size: A4, margins: { top: M.top, bottom: 10, left: M.left, right: M.right } });
    this.y = M.top;
    const p = this.page;
    this.text(p.company, M.left, this.y, {
      width: WIDTH,
      align: 'center',
      size: first ? 13 : 10,
      bold: true,
    });
    this.y += first ? 20 : 15;
    if (first) {
      // Chinese titles are set spaced out, as printed forms do; Latin ones are not.
      const cjk = /[\u4e00-\u9fff]/.test(p.title);
      this.text(p.title, M.left, this.y, {
        width: WIDTH,
        align: 'center',
        size: 20,
        bold: true,
        spacing: cjk ? 4 : 0,
      });
      this.y += 28;
      if (p.subtitle) {
        this.text(p.subtitle, M.left, this.y, { width: WIDTH, align: 'center', size: 9.5, color: GREY });
        this.y += 14;
      }
    } else {
      this.text(p.title, M.left, this.y, { width: WIDTH, align: 'center', size: 11, bold: true });
      this.y += 16;
    }
    if (p.reference) {
      this.text(p.reference, M.left, this.y, { width: WIDTH, align: 'right', size: 9 });
      this.y += 13;
    }
    d.save()
      .lineWidth(1.2)
      .strokeColor(LINE)
      .moveTo(M.left, this.y)
      .lineTo(M.left + WIDTH, this.y)
      .stroke();
    d.lineWidth(0.4)
      .moveTo(M.left, this.y + 2.5)
      .lineTo(M.left + WIDTH, this.y + 2.5)
      .stroke()
      .restore();
    this.y += 10;
    if (p.footer) {
      const fy = A4[1] - 48;
      d.save()
        .lineWidth(0.4)
        .strokeColor('#999999')
        .moveTo(M.left, fy)
        .lineTo(M.left + WIDTH, fy)
        .stroke()
        .restore();
      this.text(p.footer, M.left, fy + 5, { width: WIDTH, align: 'center', size: 8, color: GREY });
    }
  }

  /** Starts another sheet when `h` more points do not fit. */
  private ensure(h: number): void {
    if (this.y + h > CONTENT_BOTTOM) this.newSheet(false);
  }

  /**
   * Text in a box of `width`. A string that fits on one line is placed by hand (aligned here,
   * drawn without pdfkit's line wrapper, which breaks Chinese at every character and measured
   * at half the time of a notice); only longer ones go through the wrapper.
   */
  private text(
    s: string,
    x: number,
    y: number,
    o: { width: number; align?: Align; size?: number; bold?: boolean; color?: string; spacing?: number },
  ): void {
    const d = this.doc
      .font(o.bold ? 'bold' : 'regular')
      .fontSize(o.size ?? 10)
      .fillColor(o.color ?? '#000000');
    const spacing = o.spacing ?? 0;
    const w = d.widthOfString(s, { characterSpacing: spacing });
    if (w <= o.width && !s.includes('\n')) {
      // The last character's spacing is not part of the visible width.
      const shown = w - spacing;
      const dx = o.align === 'center' ? (o.width - shown) / 2 : o.align === 'right' ? o.width - shown : 0;
      d.text(s, x + dx, y, { lineBreak: false, characterSpacing: spacing });
      return;
    }
    d.text(s, x, y, { width: o.width, align: o.align ?? 'left', characterSpacing: spacing, lineGap: 1 });
  }

  private height(s: string, width: number, size = 10, bold = false): number {
    const d = this.doc.font(bold ? 'bold' : 'regular').fontSize(size);
    if (d.widthOfString(s || ' ') <= width && !s.includes('\n')) return d.currentLineHeight(true) + 1;
    return d.heightOfString(s || ' ', { width, lineGap: 1 });
  }

  private block(b: Block): void {
    switch (b.kind) {
      case 'fields':
        return this.fields(b.fields, b.perRow ?? 2);
      case 'table':
        return this.table(b.columns, b.rows, b.total);
      case 'amount':
        this.row(
          [
            { text: b.label, width: 0.22, bg: true },
            { text: b.words, width: 0.53, bold: true, size: 11 },
            { text: b.figures, width: 0.25, bold: true, size: 11, align: 'right' },
          ],
          6,
        );
        this.y += 8;
        return;
      case 'heading':
        this.ensure(24);
        this.y += 6;
        this.text(b.text, M.left, this.y, { width: WIDTH, size: 11, bold: true });
        this.y += 17;
        return;
      case 'paragraph': {
        const h = this.height(b.text, WIDTH, b.size ?? 9.5, b.bold);
        this.ensure(h + 4);
        this.text(b.text, M.left, this.y, {
          width: WIDTH,
          size: b.size ?? 9.5,
          bold: b.bold,
          align: b.align,
        });
        this.y += h + 4;
        return;
      }
      case 'list':
        for (const [i, item] of b.items.entries()) {
          const h = this.height(item, WIDTH - 16, 9.5);
          this.ensure(h + 2);
          this.text(`${i + 1}.`, M.left, this.y, { width: 16, size: 9.5 });
          this.text(item, M.left + 16, this.y, { width: WIDTH - 16, size: 9.5 });
          this.y += h + 2;
        }
        this.y += 2;
        return;
      case 'signatures': {
        this.ensure(30);
        this.y += 12;
        const w = WIDTH / b.labels.length;
        b.labels.forEach((label, i) => {
          const x = M.left + i * w;
          this.text(`${label}：`, x, this.y, { width: w, size: 10 });
          const lx = x + this.doc.font('regular').fontSize(10).widthOfString(`${label}：`) + 2;
          this.doc
            .save()
            .lineWidth(0.6)
            .strokeColor(LINE)
            .moveTo(lx, this.y + 12)
            .lineTo(x + w - 14, this.y + 12)
            .stroke()
            .restore();
        });
        this.y += 22;
        return;
      }
      case 'signOff':
        return this.signOff(b.lines);
      case 'cutLine':
        return this.cutLine(b.text, b.keep ?? 60);
      case 'qr':
        return this.qr(b.data, b.caption);
      case 'space':
        this.y += b.height;
        return;
    }
  }

  private fields(fields: { label: string; value: string }[], perRow: 1 | 2): void {
    const label = perRow === 2 ? 0.17 : 0.18;
    const value = perRow === 2 ? 0.33 : 0.82;
    for (let i = 0; i < fields.length; i += perRow) {
      const cells = fields.slice(i, i + perRow).flatMap((f) => [
        { text: f.label, width: label, bg: true },
        { text: f.value, width: value },
      ]);
      // An odd last pair spans the row.
      if (cells.length === 2 && perRow === 2) cells[1].width = 1 - label;
      this.row(cells, i === 0 ? 4 : 0);
    }
    this.y += 6;
  }

  /** One bordered row of cells; widths are shares of the page width. */
  private row(
    cells: { text: string; width: number; bg?: boolean; bold?: boolean; size?: number; align?: Align }[],
    gapBefore = 0,
    minHeight = 0,
  ): void {
    const widths = cells.map((c) => c.width * WIDTH);
    const h = Math.max(
      minHeight,
      ...cells.map(
        (c, i) => this.height(c.text, widths[i] - 2 * PAD, c.size ?? 9.5, c.bold || c.bg) + 2 * PAD + 1,
      ),
    );
    this.y += gapBefore;
    this.ensure(h);
    let x = M.left;
    const d = this.doc;
    cells.forEach((c, i) => {
      d.save().lineWidth(0.6).strokeColor(LINE);
      if (c.bg) d.rect(x, this.y, widths[i], h).fillAndStroke(LABEL_BG, LINE);
      else d.rect(x, this.y, widths[i], h).stroke();
      d.restore();
      this.text(c.text, x + PAD, this.y + PAD + 1, {
        width: widths[i] - 2 * PAD,
        size: c.size ?? 9.5,
        bold: c.bold || c.bg,
        align: c.align,
      });
      x += widths[i];
    });
    this.y += h;
  }

  private table(
    columns: { header: string; width: number; align?: Align }[],
    rows: string[][],
    total?: string[],
  ): void {
    const sum = columns.reduce((s, c) => s + c.width, 0);
    const header = () =>
      this.row(
        columns.map((c) => ({ text: c.header, width: c.width / sum, bg: true, align: 'center' as Align })),
        0,
      );
    this.y += 4;
    this.ensure(40);
    header();
    for (const r of rows) {
      const before = this.y;
      const cells = columns.map((c, i) => ({ text: r[i] ?? '', width: c.width / sum, align: c.align }));
      const h = Math.max(...cells.map((c) => this.height(c.text, c.width * WIDTH - 2 * PAD) + 2 * PAD + 1));
      // A row that starts a new sheet repeats the header above it.
      if (before + h > CONTENT_BOTTOM) {
        this.newSheet(false);
        header();
      }
      this.row(cells);
    }
    if (total)
      this.row(
        columns.map((c, i) => ({ text: total[i] ?? '', width: c.width / sum, bold: true, align: c.align })),
      );
    this.y += 6;
  }

  private signOff(lines: string[]): void {
    const h = lines.length * 16 + 12;
    this.ensure(h + (this.page.seal ? 30 : 0));
    this.y += this.page.seal ? 14 : 8;
    const w = 220;
    const x = M.left + WIDTH - w;
    const top = this.y;
    for (const line of lines) {
      this.text(line, x, this.y, { width: w, align: 'right', size: 10.5 });
      this.y += 16;
    }
    if (this.page.seal) {
      // Over the company name and date, as a stamp is pressed on paper.
      const size = 84;
      const middle = top + (lines.length * 16) / 2 - 2;
      try {
        this.doc.image(this.page.seal, x + w - size - 20, middle - size / 2, { fit: [size, size] });
      } catch {
        // An unreadable image is left out; the notice is still valid with the printed company name.
      }
    }
    this.y += 6;
  }

  /** `keep`: the slip below is not split from its cut line (and never across sheets). */
  private cutLine(text: string, keep: number): void {
    this.ensure(keep);
    this.y += 14;
    const d = this.doc;
    const tw = d.font('regular').fontSize(8.5).widthOfString(text) + 12;
    const mid = M.left + WIDTH / 2;
    d.save().lineWidth(0.6).dash(4, { space: 3 }).strokeColor('#666666');
    d.moveTo(M.left, this.y)
      .lineTo(mid - tw / 2, this.y)
      .stroke();
    d.moveTo(mid + tw / 2, this.y)
      .lineTo(M.left + WIDTH, this.y)
      .stroke();
    d.undash().restore();
    this.text(text, mid - tw / 2, this.y - 5, { width: tw, align: 'center', size: 8.5, color: GREY });
    this.y += 14;
  }

  private qr(data: string, caption: string[]): void {
    const size = 110;
    this.ensure(size + 10);
    this.y += 6;
    const qr = QRCode.create(data, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    // Four modules of quiet zone around the code, as scanners expect.
    const cell = size / (n + 8);
    const x0 = M.left + 4 * cell;
    const y0 = this.y + 4 * cell;
    const d = this.doc;
    d.save();
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) d.rect(x0 + c * cell, y0 + r * cell, cell, cell);
    d.fill('#000000').restore();
    let cy = this.y + 18;
    for (const line of caption) {
      this.text(line, M.left + size + 16, cy, { width: WIDTH - size - 16, size: 10 });
      cy += 16;
    }
    this.y += size + 6;
  }
}
