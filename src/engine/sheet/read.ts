// one data row's cells into parsed values, by field index; the same objects serve every row of a sheet
import { matchVocab, type CompiledCampaign, type CompiledField, type Vocab } from "../campaign/compile.js";
import type { SheetState } from "../rules/context.js";
import { TYPED_FIELDS } from "../rules/baseline.js";
import type { CellValue } from "../types.js";
import { EMPTY, idValue, numberValue, parseCell, unreadable, type Parsed } from "../values/parse.js";
import type { ScannedSheet } from "./layout.js";
import { codeKey } from "./lookup.js";

const CACHED = new Set(["unit", "unitGroup"]);
const NO_CELLS: readonly CellValue[] = [];

/** parsed values by raw cell, one map per field (null: free text that seldom repeats); one set per check */
export type ValueCaches = (Map<string | number, Parsed> | null)[];

/** shared by every sheet of a check, so a value's slot means the same in all of them */
export function valueCaches(cc: CompiledCampaign): ValueCaches {
  return cc.fields.map((f) => (f.type !== "text" || CACHED.has(f.id) ? new Map() : null));
}

/** one read column: plain fields only, so the hot loop stays monomorphic */
interface Reader {
  f: CompiledField;
  index: number; // field index in vals
  col: number; // 0-based index in a row's cells
  vocab: Vocab | undefined;
  /** raw cell value -> parsed; null for free text that seldom repeats */
  cache: Map<string | number, Parsed> | null;
  /** the cache is the check's own for the field (valueCaches), so its slots mean the same on every sheet */
  shared: boolean;
  /** a value here makes the row a nomination: not the STT, not an amount (what a totals row holds) */
  words: boolean;
  lastRaw: CellValue | undefined;
  lastP: Parsed;
  /** code -> name, when the column holds codes of a table in the workbook */
  lookup: Map<string, string> | null;
  /** vocabularies of the other fields fed by the same column: their values are not this field's */
  rivals: Vocab[];
}

/** a value a section row sets ("II. TẬP THỂ"), used when the row's own cell is empty */
interface SectionValue {
  index: number;
  p: Parsed;
  read: boolean; // the field has a reader, whose value wins when not empty
}

export class RowReader {
  private readonly readers: Reader[];
  /** columns only looked at to tell a nomination from an empty numbered row */
  private readonly otherCols: number[];
  private section: SectionValue[] = [];
  /** values every row of the sheet has: the nominee type its name gives, the unit the user named */
  private readonly base: Record<string, Parsed> = {};
  private readonly rows: CellValue[][];
  private readonly rowOffset: number;

  constructor(
    private readonly cc: CompiledCampaign,
    private readonly sheet: SheetState,
    used: ReadonlySet<string>,
    caches: ValueCaches,
    scan?: Pick<ScannedSheet, "lookups" | "sheetSection">,
    unit?: string,
  ) {
    const { grid, layout } = sheet;
    const mapped = cc.fields.filter((f) => (layout.columns[f.id] ?? 0) > 0);
    const col = (f: CompiledField) => (layout.columns[f.id] as number) - grid.colOffset;
    this.readers = mapped
      .filter((f) => used.has(f.id) || TYPED_FIELDS.has(f.type))
      .map((f) => ({
        f,
        index: f.index,
        col: col(f),
        vocab: cc.vocab.get(f.id),
        // a code read through this workbook's table means what that table says: a cache of this sheet's own
        // (another workbook of the round may give the same code another meaning)
        cache: scan?.lookups.get(f.id) ? new Map() : (caches[f.index] ?? null),
        shared: !scan?.lookups.get(f.id) && (caches[f.index] ?? null) !== null,
        words: f.id !== "rowNumber" && f.type !== "money" && f.type !== "number",
        lastRaw: undefined,
        lastP: EMPTY,
        lookup: scan?.lookups.get(f.id)?.map ?? null,
        rivals: mapped.flatMap((g) => (g !== f && col(g) === col(f) && cc.vocab.has(g.id) ? [cc.vocab.get(g.id) as Vocab] : [])),
      }));
    this.otherCols = mapped.filter((f) => f.id !== "rowNumber" && !this.readers.some((r) => r.f === f)).map(col);
    this.rows = grid.input.rows;
    this.rowOffset = grid.rowOffset;
    for (const [field, id] of Object.entries(scan?.sheetSection?.values ?? {})) this.base[field] = sectionValue(field, id);
    const unitField = cc.byId.get("unit");
    if (unit !== undefined && unit.trim() !== "" && unitField && !((layout.columns["unit"] ?? 0) > 0))
      this.base["unit"] = parseCell(unitField, undefined, unit);
    this.setSection({});
  }

  /** the values section rows set from here on (over the sheet's own) */
  setSection(values: Record<string, string>): void {
    const cc = this.cc;
    const parsed: Record<string, Parsed> = { ...this.base };
    for (const [field, id] of Object.entries(values)) parsed[field] = sectionValue(field, id);
    this.section = Object.entries(parsed).flatMap(([field, p]) => {
      const f = cc.byId.get(field);
      return f ? [{ index: f.index, p, read: this.readers.some((r) => r.f === f) }] : [];
    });
  }

  /** fills vals for worksheet row r; false when the row is no nomination (empty, or amounts only) */
  read(r: number, vals: Parsed[]): boolean {
    const cells = this.rows[r - this.rowOffset] ?? NO_CELLS;
    const readers = this.readers;
    let words = false;
    for (let i = 0; i < readers.length; i++) {
      const rd = readers[i] as Reader;
      const v = cells[rd.col];
      if (v === null || v === undefined) {
        vals[rd.index] = EMPTY;
        continue;
      }
      // lists come sorted: the cell above often holds the same value
      let p: Parsed;
      if (v === rd.lastRaw) p = rd.lastP;
      else {
        p = this.parse(rd, v);
        rd.lastRaw = v;
        rd.lastP = p;
      }
      vals[rd.index] = p;
      if (rd.words && !p.empty) words = true;
    }
    // nothing, or only amounts: an unlabelled totals row (=SUM under the money columns), not a nomination
    if (!words && !this.othersFilled(cells)) return false;
    const section = this.section;
    for (let i = 0; i < section.length; i++) {
      const s = section[i] as SectionValue;
      if (!s.read || (vals[s.index] as Parsed).empty) vals[s.index] = s.p;
    }
    return true;
  }

  private parse(rd: Reader, v: NonNullable<CellValue>): Parsed {
    // keyed by the raw value: decoding and parsing run once per distinct value
    if (typeof v === "boolean" || typeof v === "object") return parseCell(rd.f, rd.vocab, this.decode(v));
    if (rd.lookup !== null || rd.rivals.length > 0) return this.parseSpecial(rd, v);
    if (rd.cache === null) return parseCell(rd.f, rd.vocab, this.decode(v));
    let p = rd.cache.get(v);
    if (p === undefined) {
      p = parseCell(rd.f, rd.vocab, this.decode(v));
      numberValue(p, rd.cache.size);
      rd.cache.set(v, p);
    }
    return p;
  }

  /** a code read through the workbook's table; a value that is another field's, in a column shared with it */
  private parseSpecial(rd: Reader, v: string | number): Parsed {
    const cache = rd.cache ?? (rd.cache = new Map());
    let p = cache.get(v);
    if (p !== undefined) return p;
    const raw = this.decode(v);
    p = parseCell(rd.f, rd.vocab, raw);
    if (rd.lookup !== null) {
      const name = rd.lookup.get(codeKey(raw) ?? "");
      if (name !== undefined) p = parseCell(rd.f, rd.vocab, name);
      else if (p.id === null && !p.empty) p = unreadable(p.text);
    }
    if (!p.bad && p.id === null && !p.empty && rd.rivals.some((voc) => matchVocab(voc, p!.norm) !== null)) p = EMPTY;
    if (rd.shared) numberValue(p, cache.size); // a cache of this sheet's reader alone: no slot
    cache.set(v, p);
    return p;
  }

  private decode(v: NonNullable<CellValue>): NonNullable<CellValue> {
    return typeof v === "string" ? this.sheet.grid.str(v) : v;
  }

  private othersFilled(cells: readonly CellValue[]): boolean {
    for (const c of this.otherCols) if ((cells[c] ?? null) !== null) return true;
    return false;
  }
}

const sectionValues = new Map<string, Parsed>();

/** one shared value per field and vocabulary id */
function sectionValue(field: string, id: string): Parsed {
  let p = sectionValues.get(field + "\u0000" + id);
  if (!p) {
    p = idValue(id);
    sectionValues.set(field + "\u0000" + id, p);
  }
  return p;
}
