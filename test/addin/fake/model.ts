// a small in-memory workbook: the state the fake Excel API reads and changes
export type Scalar = string | number | boolean | null;

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export const NO_FILL: Readonly<Fill> = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };

export interface Cell {
  value: Scalar;
  formula?: string;
  error?: string;
  numberFormat: string;
  fill: Fill;
  bold?: boolean;
  fontSize?: number;
  italic?: boolean;
  /** Excel.RangeUnderlineStyle, e.g. "Single" */
  underline?: string;
  fontColor?: string;
  /** RangeFormat.horizontalAlignment / verticalAlignment / wrapText */
  align?: string;
  valign?: string;
  wrap?: boolean;
  /** the edges that have a border: "EdgeTop" … ("InsideHorizontal" is stored as the cells' own top/bottom) */
  borders?: Set<string>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
}

export interface Box {
  top: number; // 1-based, inclusive
  left: number;
  bottom: number;
  right: number;
}

export interface FakeComment {
  id: string;
  cell: string;
  content: string;
}

export type Owner = "user" | "addin";

/** a sheet's values from A1, row by row, as a user typed them (a null leaves its cell empty); no change event */
export function fillRows(s: FakeSheet, rows: readonly (readonly Scalar[])[]): FakeSheet {
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (s.cell(i + 1, j + 1).value = v)));
  return s;
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  merges: Box[] = [];
  notes = new Map<string, string>();
  comments: FakeComment[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** Worksheet.freezePanes.freezeRows (ExcelApi 1.7) */
  frozenRows = 0;
  /** Worksheet.autoFilter.apply (1.9): the filtered range's address */
  autoFilter: string | null = null;
  /** Worksheet.pageLayout (1.9) */
  pageLayout: { orientation?: string; paperSize?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number }; printTitleRows?: string } = {};
  /** Range.conditionalFormats.add (1.6): data bars and their bounds */
  conditionalFormats: { address: string; type: string; lower?: unknown; upper?: unknown; fillColor?: string }[] = [];
  /** worksheet-level custom properties (ExcelApi 1.12): keys are case-insensitive, stored lower-cased */
  customProperties = new Map<string, { key: string; value: string }>();
  handlers: ((ev: { address: string; changeType: string; worksheetId: string; source: string }) => Promise<unknown>)[] = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  constructor(
    public name: string,
    public id: string,
    public owner: Owner,
  ) {}

  cell(row: number, col: number): Cell {
    const k = `${row}:${col}`;
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null, numberFormat: "General", fill: { ...NO_FILL } };
      this.cells.set(k, c);
    }
    return c;
  }

  peek(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  /** bounding box of cells holding a value, a formula or an error; null when the sheet is empty */
  usedBox(): Box | null {
    let box: Box | null = null;
    for (const [k, c] of this.cells) {
      if (c.value === null && c.formula === undefined && c.error === undefined) continue;
      const [r, col] = k.split(":").map(Number) as [number, number];
      if (!box) box = { top: r, left: col, bottom: r, right: col };
      else {
        box.top = Math.min(box.top, r);
        box.left = Math.min(box.left, col);
        box.bottom = Math.max(box.bottom, r);
        box.right = Math.max(box.right, col);
      }
    }
    return box;
  }
}

export interface Stats {
  syncs: number;
  formatOps: number;
  valueWrites: number;
  annotationOps: number;
  links: number;
  /** cells whose values a sync returned */
  cellsRead: number;
  maxResponseBytes: number;
  /** the largest request the add-in sent: cell data, addresses, texts, links */
  maxRequestBytes: number;
  maxAddressChars: number;
  suspendCalls: number;
}

export function emptyStats(): Stats {
  return { syncs: 0, formatOps: 0, valueWrites: 0, annotationOps: 0, links: 0, cellsRead: 0, maxResponseBytes: 0, maxRequestBytes: 0, maxAddressChars: 0, suspendCalls: 0 };
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  selects: { sheet: string; address: string }[] = [];
  stats: Stats = emptyStats();
  /** every attempt to change the user's own cells: a test fails when this is not empty */
  violations: string[] = [];
  /** Excel on the web's per-request limit */
  payloadLimit = 5 * 1024 * 1024;
  beforeSync: ((n: number) => void) | null = null;
  afterSync: ((n: number) => void) | null = null;
  /** the highest ExcelApi set of the host; calls beyond it fail like on an older Excel */
  api = "1.18";
  /** the workbook's structure is protected: no sheet can be added, renamed or deleted */
  structureProtected = false;
  private nextId = 1;
  /** the user is typing in a cell (cell-edit mode); see FakeContext.sync */
  cellEditing = false;
  private editEnded: (() => void)[] = [];
  /** how long after an edit onChanged reaches the add-in: events may arrive late, not on the next task */
  eventDelayMs = 0;

  startCellEdit(): void {
    this.cellEditing = true;
  }

  /** Enter, Tab or a click elsewhere: batches waiting with delayForCellEdit run now */
  endCellEdit(): void {
    this.cellEditing = false;
    for (const w of this.editEnded.splice(0)) w();
  }

  whenCellEditEnds(): Promise<void> {
    return this.cellEditing ? new Promise((r) => this.editEnded.push(r)) : Promise.resolve();
  }

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  addSheet(name: string, owner: Owner = "user"): FakeSheet {
    const s = new FakeSheet(name, `{${this.newId("ws-")}}`, owner);
    this.sheets.push(s);
    this.active ??= s;
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  /** a user typing into a cell while the add-in works: the value changes and onChanged fires */
  edit(sheet: string, address: string, value: Scalar): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) throw new Error(`bad address ${address}`);
    s.cell(Number(m[2]), letters(m[1]!)).value = value;
    this.fire(s, address, "RangeEdited");
  }

  /** a paste of a block of values at `top`/`left`: one change event for the whole area, as Excel gives */
  paste(sheet: string, top: number, left: number, rows: Scalar[][]): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    rows.forEach((r, i) => r.forEach((v, j) => (s.cell(top + i, left + j).value = v)));
    const width = Math.max(...rows.map((r) => r.length));
    this.fire(s, `${a1(top, left)}:${a1(top + rows.length - 1, left + width - 1)}`, "RangeEdited");
  }

  /**
   * onChanged to every handler, after `eventDelayMs`: events come asynchronously and may come late
   * (the add-in must not assume they arrive within a task); their details are not to be trusted for
   * multi-cell edits (office-js #5347), so the fake gives only the address and the change type
   */
  fire(s: FakeSheet, address: string, changeType: string): void {
    for (const h of s.handlers) {
      setTimeout(() => void h({ address, changeType, worksheetId: s.id, source: "Local" }), this.eventDelayMs);
    }
  }

  /**
   * what survives saving the file and opening it again: cells, formats, notes, custom properties, sheets;
   * not handlers, and not Worksheet.id: "the ID remains constant within a single session but will change
   * between sessions" (office-js-docs #297; across hosts office-js #1390). Reopened ids are positional,
   * as those reports show ({00000000-0001-0000-0000-000000000000} for the first sheet), so the first
   * sheet of every reopened book has the same id, as on the web for new workbooks (office-js #552).
   */
  saveAndReopen(): FakeBook {
    const b = new FakeBook();
    b.nextId = this.nextId;
    b.payloadLimit = this.payloadLimit;
    b.api = this.api;
    for (const [i, s] of this.sheets.entries()) {
      const c = new FakeSheet(s.name, positionalId(i), s.owner);
      c.customProperties = new Map([...s.customProperties].map(([k, v]) => [k, { ...v }]));
      c.visibility = s.visibility;
      c.protected = s.protected;
      for (const [k, cell] of s.cells) c.cells.set(k, structuredClone(cell));
      c.merges = s.merges.map((m) => ({ ...m }));
      c.notes = new Map(s.notes);
      c.comments = s.comments.map((x) => ({ ...x }));
      c.columnWidths = new Map(s.columnWidths);
      b.sheets.push(c);
    }
    b.active = b.sheets.find((s) => s.id === this.active?.id) ?? b.sheets[0] ?? null;
    return b;
  }
}

/** the id a session gives the sheet at `index` when the file is opened (office-js-docs #297, office-js #1390) */
export function positionalId(index: number): string {
  return `{00000000-${String(index + 1).padStart(4, "0")}-0000-0000-000000000000}`;
}

export function letters(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnName(n: number): string {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

export function boxAddress(b: Box): string {
  const x = a1(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? x : `${x}:${a1(b.bottom, b.right)}`;
}

export function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** one area of an A1 address: "B2", "B2:C3", "3:5" (rows), "C:D" (columns), optionally sheet-qualified */
export function parseBox(address: string): Box {
  const bang = address.lastIndexOf("!");
  const a = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: MAX_COLS };
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (cols) return { top: 1, bottom: MAX_ROWS, left: letters(cols[1]!), right: letters(cols[2]!) };
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(a);
  if (!m) throw Object.assign(new Error(`The argument is invalid or missing or has an incorrect format: ${address}`), { code: "InvalidArgument" });
  const r1 = Number(m[2]);
  const c1 = letters(m[1]!);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? letters(m[3]) : c1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function splitList(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (const ch of address) {
    if (ch === "'") q = !q;
    if (ch === "," && !q) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

export function intersect(a: Box, b: Box): Box | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

export function apiAtLeast(have: string, want: string): boolean {
  const [a = 0, b = 0] = have.split(".").map(Number);
  const [c = 0, d = 0] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

/** an API the host's ExcelApi version does not have */
export function requireApi(book: FakeBook, version: string, what: string): void {
  if (!apiAtLeast(book.api, version)) fail("ApiNotFound", `${what} needs ExcelApi ${version}; this host has ${book.api}`);
}

export function fail(code: string, message: string): never {
  throw Object.assign(new Error(message), { code });
}
