/**
 * A printed document as data: what each notice says is a pure function of the domain (tested
 * without a PDF), and one renderer (render.ts) lays every kind out the same way.
 */
export type Align = 'left' | 'center' | 'right';

export interface Field {
  label: string;
  value: string;
}

export interface Column {
  header: string;
  /** Share of the table's width. */
  width: number;
  align?: Align;
}

export type Block =
  /** Label/value cells in a bordered grid, `perRow` pairs a row. */
  | { kind: 'fields'; fields: Field[]; perRow?: 1 | 2 }
  | { kind: 'table'; columns: Column[]; rows: string[][]; total?: string[] }
  /** The amount in figures and in capitals (大写), on one bordered row. */
  | { kind: 'amount'; label: string; words: string; figures: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; size?: number; bold?: boolean; align?: Align }
  | { kind: 'list'; items: string[] }
  /** Lines to sign on: "经办人 ____  日期 ____". */
  | { kind: 'signatures'; labels: string[] }
  /** The issuer's sign-off at the right: company, date, and the seal over them when there is one. */
  | { kind: 'signOff'; lines: string[] }
  /** A dashed cut line; what follows is the slip that is torn off and kept by the other side. */
  | {
      kind: 'cutLine';
      text: string;
      /** Height of the slip that must follow on the same sheet. */ keep?: number;
    }
  | { kind: 'qr'; data: string; caption: string[] }
  | { kind: 'space'; height: number };

export interface DocumentPage {
  /** Printed above the title: the company (per tenant, from the policy). */
  company: string;
  title: string;
  /** A second title line (the English variant keeps the Chinese title here, and vice versa). */
  subtitle?: string;
  /** Top right, e.g. "No. RC2026-000123". */
  reference?: string;
  blocks: Block[];
  /** At the foot of every page (per tenant). */
  footer?: string;
  /** PNG or JPEG of the company seal, drawn over the sign-off. */
  seal?: Buffer;
}

export interface DocumentMeta {
  title: string;
  author: string;
  createdAt: Date;
}
