/** A row of a sheet: its number as a spreadsheet shows it (1 = the header) and its cells. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/**
 * RFC 4180-ish CSV: quoted fields with "" escapes and newlines, CRLF or LF, a leading BOM
 * dropped. Rows are numbered as Excel shows the file (a quoted newline stays in its row, blank
 * rows count); rows with only blank fields are left out (Excel saves trailing empty lines).
 */
export function parseCsv(text: string): SheetRow[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let n = 0;
  const endRow = () => {
    cells.push(field);
    n++;
    if (cells.some((f) => f.trim() !== '')) rows.push({ row: n, cells });
    cells = [];
    field = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || cells.length) endRow();
  return rows;
}
