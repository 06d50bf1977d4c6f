// where a sheet's header and data are, as detected or as the user corrected it
import type { Campaign } from "../campaign/schema.js";
import { compileCampaign, fieldLabel, matchVocab, type CompiledCampaign } from "../campaign/compile.js";
import { normalizeText } from "../text/normalize.js";
import type { CellValue, Lang, Layout, LayoutOverride, LayoutResult, LookupRef, MappedBy, NomineeTypeSource, SheetInput } from "../types.js";
import { looksLikeList, mapColumns } from "./columns.js";
import { lookupFor } from "./content.js";
import { Grid } from "./grid.js";
import { findHeader, isNumberingRow } from "./header.js";
import type { LookupTable } from "./lookup.js";
import { refineYearlyColumns, titleSubHeader } from "../yearly/columns.js";
import { RowClassifier, type RowKind, type SectionContext } from "./rows.js";
import { sheetNomineeType } from "./nominee.js";

const compiled = new WeakMap<Campaign, CompiledCampaign>();
/** data rows whose values confirm or refute the header's reading */
const SAMPLE_ROWS = 300;

export function compiledFor(c: Campaign): CompiledCampaign {
  let cc = compiled.get(c);
  if (!cc) {
    cc = compileCampaign(c);
    compiled.set(c, cc);
  }
  return cc;
}

/** the headers shown to a user when no header row was found */
export function lookedFor(cc: CompiledCampaign, lang: Lang): string[] {
  return ["name", "unit", "nomineeType", "awardForm"].map((id) => {
    const f = cc.byId.get(id);
    return f ? `${fieldLabel(cc, id, lang)} (${f.headers.slice(0, 3).join(", ")})` : id;
  });
}

export interface ScannedSheet {
  layout: Layout;
  /** kinds of rows firstRow..lastRow (index 0 = firstRow) */
  kinds: RowKind[];
  sections: Map<number, SectionContext>;
  /** what the sheet's name says of all its rows ("I. Cá nhân"); without a nominee-type column, also its title,
   * its file's name, its columns or the campaign (`by` says which) */
  sheetSection: (SectionContext & { by?: NomineeTypeSource }) | null;
  /** field -> the code table its values are read through */
  lookups: Map<string, LookupTable>;
}

const SHEET_NAME_NOISE = /^(?:(?:[ivxlc]{1,5}|\d{1,2}|[a-z])\s+)?(?:danh sach\s+|ds\s+)?(?:khen thuong\s+)?(?:de nghi\s+)?/;

/** "I. Cá nhân", "DS tập thể": the nominee type every row of the sheet has */
export function sheetNameSection(cc: CompiledCampaign, name: string): SectionContext | null {
  const voc = cc.vocab.get("nomineeType");
  if (!voc) return null;
  const label = normalizeText(name).replace(SHEET_NAME_NOISE, "");
  const id = label ? matchVocab(voc, label) : null;
  return id ? { values: { nomineeType: id } } : null;
}

function refOf(t: LookupTable): LookupRef {
  return { sheet: t.sheet, codeColumn: t.codeCol, nameColumn: t.nameCol, codes: t.map.size };
}

function sampleValues(grid: Grid, rows: readonly number[], col: number): CellValue[] {
  const out: CellValue[] = [];
  for (const r of rows) {
    const v = grid.value(r, col);
    if (v !== null && typeof v !== "object" && !(typeof v === "string" && v.trim() === "")) out.push(v);
  }
  return out;
}

export function scanSheet(
  cc: CompiledCampaign,
  grid: Grid,
  override?: LayoutOverride,
  tables: readonly LookupTable[] = [],
): LayoutResult & { scan?: ScannedSheet } {
  if (grid.input.rows.length === 0 || grid.lastCol < grid.colOffset) return { ok: false, reason: "empty", lookedFor: [] };
  let empty = true;
  for (let r = grid.firstRow; r <= grid.lastRow && empty; r++) if (!grid.isEmptyRow(r)) empty = false;
  if (empty) return { ok: false, reason: "empty", lookedFor: [] };
  const found = findHeader(cc, grid, override?.headerRow, override?.headerRows);
  if (!found) return { ok: false, reason: "no-header", lookedFor: lookedFor(cc, "vi") };
  // "Danh hiệu thi đua" over one column per title ("LĐTT | CSTĐCS"): two header rows
  const header =
    found.headerRows === 1 && override?.headerRows === undefined && titleSubHeader(cc, grid, found.headerRow)
      ? (findHeader(cc, grid, found.headerRow, 2) ?? found)
      : found;
  let firstRow = header.headerRow + header.headerRows;
  if (firstRow <= grid.lastRow && isNumberingRow(grid, firstRow)) firstRow++;
  const classifier = new RowClassifier(cc, grid);
  const sample: number[] = [];
  for (let r = firstRow; r <= grid.lastRow && sample.length < SAMPLE_ROWS; r++) {
    const k = classifier.classify(r).kind;
    if (k === "signature") break;
    if (k === "data") sample.push(r);
  }
  const mapping = mapColumns(cc, grid, header.candidates, sample, tables);
  const columns = { ...mapping.columns };
  const headers = { ...mapping.headers };
  const mappedBy: Record<string, MappedBy> = { ...mapping.mappedBy };
  // the yearly round's columns a header alone does not tell (a combined title/award column, a bare "Năm" of years …)
  refineYearlyColumns(cc, grid, header.headerRow, header.headerRows, columns, headers);
  for (const f of Object.keys(mappedBy)) if (columns[f] === undefined) delete mappedBy[f];
  for (const f of Object.keys(columns)) mappedBy[f] ??= f === "year" && normalizeText(headers[f] ?? "") === "nam" ? "content" : "header";
  const lookups = new Map(Object.entries(mapping.lookups));
  for (const [f, col] of Object.entries(override?.columns ?? {})) {
    lookups.delete(f);
    if (col > 0) {
      columns[f] = col;
      headers[f] = grid.mergedText(header.headerRow + header.headerRows - 1, col);
      mappedBy[f] = "user";
      const cf = cc.byId.get(f);
      const t = cf && cc.vocab.has(f) ? lookupFor(cf, sampleValues(grid, sample, col), tables) : null;
      if (t) lookups.set(f, t);
    } else {
      delete columns[f];
      delete headers[f];
      delete mappedBy[f];
    }
  }
  // a list by its columns, the user's own among them; a header row the user chose is a list whatever it holds
  const evidence = { ...mapping.evidence };
  for (const f of Object.keys(mappedBy)) if (mappedBy[f] === "user") evidence[f] = 100;
  if (override?.headerRow === undefined && !looksLikeList({ columns, evidence }))
    return { ok: false, reason: "not-a-list", lookedFor: lookedFor(cc, "vi") };
  // sized once: pushing 100k kinds one by one regrows the array many times
  const kinds = new Array<RowKind>(Math.max(0, grid.lastRow - firstRow + 1));
  const sections = new Map<number, SectionContext>();
  let lastData = firstRow - 1;
  for (let r = firstRow; r <= grid.lastRow; r++) {
    const k = classifier.classify(r);
    if (k.kind === "signature") break;
    kinds[r - firstRow] = k.kind;
    if (k.kind === "data") lastData = r;
    if (k.section) sections.set(r, k.section);
  }
  kinds.length = Math.max(0, lastData - firstRow + 1);
  const layout: Layout = {
    headerRow: header.headerRow,
    headerRows: header.headerRows,
    firstRow,
    lastRow: lastData,
    columns,
    headers,
    mappedBy,
    ...(lookups.size ? { lookups: Object.fromEntries([...lookups].map(([f, t]) => [f, refOf(t)])) } : {}),
  };
  const byName = sheetNameSection(cc, grid.input.name);
  // section rows that set the nominee type tell it row by row; without them or a column, the sheet may tell it whole
  const typedBySections = [...sections.values()].some((s) => s.values["nomineeType"] !== undefined);
  const sheetSection =
    (columns["nomineeType"] ?? 0) > 0 || typedBySections ? byName : (sheetNomineeType(cc, grid, layout, sample, grid.input.file, byName) ?? byName);
  return { ok: true, layout, scan: { layout, kinds, sections, sheetSection, lookups } };
}

/** find the header row and the column of each field; the override is the user's correction */
export function detectLayout(
  input: SheetInput,
  campaign: Campaign,
  override?: LayoutOverride,
  guessLegacy = false,
  tables: readonly LookupTable[] = [],
): LayoutResult {
  const r = scanSheet(compiledFor(campaign), new Grid(input, guessLegacy), override, tables);
  return r.ok ? { ok: true, layout: r.layout } : r;
}
