import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { NOTO_CJK_DIR, cjkFonts } from './fonts';
import { DocumentTooLargeError, renderPdf } from './render';
import { DocumentPage } from './model';

// The font comes from Debian's fonts-noto-cjk, which `npm test` installs; pdftotext from poppler-utils.
const page = (i: number): DocumentPage => ({
  company: '翠湖物业管理有限公司',
  title: '交款通知书',
  reference: `编号 ${i}`,
  footer: '页脚',
  blocks: [
    { kind: 'fields', fields: [{ label: '客户', value: `张三${i}` }] },
    {
      kind: 'table',
      columns: [{ header: '项目', width: 1 }],
      rows: Array.from({ length: 60 }, (_, r) => [`第${r}行`]),
    },
    { kind: 'amount', label: '合计（大写）', words: '壹拾元整', figures: '¥10.00' },
    { kind: 'qr', data: 'RP-2026-000001', caption: ['扫码核验'] },
    { kind: 'cutLine', text: '沿此线剪开' },
    { kind: 'signatures', labels: ['客户签收'] },
  ],
});
const meta = { title: 't', author: 'a', createdAt: new Date('2026-11-20T00:00:00Z') };

describe('renderPdf', () => {
  it('loads the CJK font once per process', () => {
    expect(existsSync(`${NOTO_CJK_DIR}/NotoSansCJK-Regular.ttc`)).toBe(true);
    expect(cjkFonts()).toBe(cjkFonts());
  });

  it('writes Chinese that pdftotext reads back; a long table continues on a new sheet; progress is reported', async () => {
    const seen: number[] = [];
    const pdf = await renderPdf([page(1), page(2)], meta, {
      maxBytes: 10_000_000,
      progressEvery: 1,
      onProgress: (done) => void seen.push(done),
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(path.join(tmpdir(), 'render-'));
    try {
      writeFileSync(path.join(dir, 'a.pdf'), pdf);
      const text = execFileSync('pdftotext', [path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
      const sheets = text.split('\f').filter((s) => s.trim());
      expect(sheets.length).toBeGreaterThanOrEqual(4);
      expect(text).toContain('张三1');
      expect(text).toContain('张三2');
      expect(text).toContain('壹拾元整');
      expect(text).toContain('第59行');
      expect(sheets[1]).toContain('交款通知书'); // the continuation sheet says what it continues
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(seen).toEqual([1, 2]);
  });

  it('refuses past the size limit', async () => {
    await expect(renderPdf([page(1)], meta, { maxBytes: 1_000 })).rejects.toBeInstanceOf(
      DocumentTooLargeError,
    );
  });
});
