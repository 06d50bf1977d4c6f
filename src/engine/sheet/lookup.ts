// code tables in the other sheets of a workbook (DANHMUC, a hidden HTKT used by VLOOKUP): a code column
// beside a name column; a field whose values are such codes is read through the table
import type { CellValue, SheetInput } from "../types.js";
import { Grid } from "./grid.js";

export interface LookupTable {
  /** the sheet holding the table */
  sheet: string;
  codeCol: number;
  nameCol: number;
  /** the name column's header, as written ("" when none) */
  header: string;
  /** code (as codeKey gives it) -> name */
  map: Map<string, string>;
}

const SCAN_ROWS = 5000;
const SCAN_COLS = 40;
const CODE_TEXT = /^[A-Z0-9][A-Z0-9_.-]{1,24}$/;

/** a cell as a code: digits or capitals without spaces ("1650360491", "CANHAN"); null when it is no code */
export function codeKey(v: CellValue | undefined): string | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? String(v) : null;
  if (typeof v !== "string") return null;
  const t = v.trim();
  return CODE_TEXT.test(t) ? t : null;
}

function isName(v: CellValue | undefined): v is string {
  return typeof v === "string" && /\p{L}/u.test(v) && codeKey(v) === null;
}

/** 1, 2, 3 … : a row-number column, not codes */
function isSequence(codes: string[]): boolean {
  return codes.every((c, i) => c === String(i + 1));
}

function tableAt(grid: Grid, sheet: string, codeCol: number, nameCol: number, lastRow: number): LookupTable | null {
  const map = new Map<string, string>();
  const codes: string[] = [];
  let header = "";
  let firstPair = -1;
  for (let r = grid.firstRow; r <= lastRow; r++) {
    const code = codeKey(grid.value(r, codeCol));
    const name = grid.value(r, nameCol);
    if (code !== null && isName(name)) {
      if (firstPair < 0) firstPair = r;
      if (map.has(code)) return null; // a code table names each code once
      map.set(code, name.trim());
      codes.push(code);
    }
  }
  if (map.size < 2 || isSequence(codes)) return null;
  for (let r = firstPair - 1; r >= grid.firstRow && r >= firstPair - 3 && !header; r--) header = grid.text(r, nameCol);
  return { sheet, codeCol, nameCol, header, map };
}

/** every code table of a sheet */
export function lookupTables(input: SheetInput, guessLegacy = false): LookupTable[] {
  const grid = new Grid(input, guessLegacy);
  const lastRow = Math.min(grid.lastRow, grid.firstRow + SCAN_ROWS);
  const lastCol = Math.min(grid.lastCol, grid.colOffset + SCAN_COLS);
  const out: LookupTable[] = [];
  for (let c = grid.colOffset; c <= lastCol; c++) {
    for (const d of [c + 1, c - 1]) {
      if (d < grid.colOffset || d > lastCol) continue;
      const t = tableAt(grid, input.name, c, d, lastRow);
      if (t) out.push(t);
    }
  }
  return out;
}

/** the code tables of each workbook in a check, found once per workbook and shared by its sheets */
export class WorkbookLookups {
  private readonly bySheet = new Map<SheetInput, LookupTable[]>();

  constructor(
    private readonly sheets: readonly SheetInput[],
    private readonly guessLegacy = false,
  ) {}

  /** the tables in the other sheets of the same workbook */
  for(sheet: SheetInput): LookupTable[] {
    const out: LookupTable[] = [];
    for (const s of this.sheets) {
      if (s === sheet || s.file !== sheet.file) continue;
      out.push(...this.tablesOf(s));
    }
    return out;
  }

  /** whether a sheet holds a code table itself */
  holdsTables(sheet: SheetInput): boolean {
    return this.tablesOf(sheet).length > 0;
  }

  private tablesOf(s: SheetInput): LookupTable[] {
    let t = this.bySheet.get(s);
    if (!t) {
      t = lookupTables(s, this.guessLegacy);
      this.bySheet.set(s, t);
    }
    return t;
  }
}
