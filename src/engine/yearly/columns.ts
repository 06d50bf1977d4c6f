// the yearly round's columns a header matcher cannot see by name alone: a combined "Danh hiệu thi đua/Hình thức
// khen thưởng" column, a bare "Năm" column, "Đối tượng" holding staff categories, one column per title marked "X",
// earlier years' columns ("Năm 2024"), and the rating of the assessed year among several "Xếp loại năm …"
import { matchVocab, type CompiledCampaign } from "../campaign/compile.js";
import { normalizeText } from "../text/normalize.js";
import type { Grid } from "../sheet/grid.js";
import type { Layout } from "../types.js";
import { type MarkField } from "./marks.js";
import { yearOfCell, yearOfHeader } from "./year.js";

const SAMPLE = 200;

function headerText(grid: Grid, headerRow: number, headerRows: number, col: number): { own: string; full: string } {
  const own = grid.mergedText(headerRow + headerRows - 1, col);
  const parent = headerRows === 2 ? grid.mergedText(headerRow, col) : "";
  return { own, full: parent && parent !== own ? `${parent} ${own}` : own };
}

function sampleValues(grid: Grid, from: number, col: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= grid.lastRow && out.length < SAMPLE; r++) {
    const t = grid.text(r, col);
    if (t) out.push(t);
  }
  return out;
}

const STAFF_HEADERS = new Set(["doi tuong", "loai doi tuong", "phan loai doi tuong", "doi tuong khen thuong"]);
const RATING_WORDS = /\b(?:xep loai|danh gia|muc do hoan thanh|ket qua)\b/;

/** a one-row header match whose next row names titles under a parent ("Danh hiệu thi đua" over "LĐTT | CSTĐCS"):
 * that row is a second header row, not a nomination */
export function titleSubHeader(cc: CompiledCampaign, grid: Grid, headerRow: number): boolean {
  const r = headerRow + 1;
  if (r > grid.lastRow) return false;
  let flags = 0;
  for (let c = grid.colOffset; c <= grid.lastCol; c++) {
    const m = grid.mergeAt(r, c);
    if (m && m.top < r) continue;
    const t = grid.text(r, c);
    if (!t) continue;
    if (flagOf(cc, t) === null && yearOfHeader(t) === null) return false;
    flags++;
  }
  return flags > 0;
}

/** corrections to a detected header match; the user's own mapping is applied after these */
export function refineYearlyColumns(
  cc: CompiledCampaign,
  grid: Grid,
  headerRow: number,
  headerRows: number,
  columns: Record<string, number>,
  headers: Record<string, string>,
): void {
  const dataFrom = headerRow + headerRows;
  const taken = new Set(Object.values(columns));
  const titleKeys = cc.byId.get("title")?.keys ?? [];
  const awardKeys = cc.byId.get("awardForm")?.keys ?? [];
  const hdr = (c: number) => headerText(grid, headerRow, headerRows, c).full;
  const names = (keys: string[], text: string) => keys.some((k) => k.length >= 6 && (" " + text + " ").includes(" " + k + " "));
  // "Danh hiệu thi đua/Hình thức khen thưởng": one column feeds both fields
  const award = columns["awardForm"];
  const title = columns["title"];
  if (award !== undefined && title === undefined && names(titleKeys, normalizeText(hdr(award)))) {
    columns["title"] = award;
    headers["title"] = headers["awardForm"] ?? "";
  } else if (title !== undefined && award === undefined && names(awardKeys, normalizeText(hdr(title)))) {
    columns["awardForm"] = title;
    headers["awardForm"] = headers["title"] ?? "";
  }
  // "Đối tượng" holding Giảng viên, Cán bộ, Hạ sĩ quan …: a staff category, not the nominee type
  const typeCol = columns["nomineeType"];
  const typeVocab = cc.vocab.get("nomineeType");
  if (typeCol !== undefined && typeVocab && STAFF_HEADERS.has(normalizeText(grid.mergedText(headerRow + headerRows - 1, typeCol)))) {
    const vals = sampleValues(grid, dataFrom, typeCol);
    const typed = vals.filter((v) => matchVocab(typeVocab, normalizeText(v)) !== null).length;
    if (vals.length > 0 && typed * 2 < vals.length) {
      delete columns["nomineeType"];
      delete headers["nomineeType"];
      taken.delete(typeCol);
    }
  }
  // a column headed only by a year ("Năm 2024", "2024") is that year's, whatever its values look like
  for (const field of ["title", "awardForm", "rating", "pastTitles"]) {
    const c = columns[field];
    if (c !== undefined && /^(?:nam (?:hoc )?)?(?:19|20)\d{2}(?: (?:19|20)\d{2})?$/.test(normalizeText(grid.mergedText(headerRow + headerRows - 1, c)))) {
      delete columns[field];
      delete headers[field];
      if (!Object.values(columns).includes(c)) taken.delete(c);
    }
  }
  // a parent header ("Danh hiệu thi đua" over "LĐTT | CSTĐCS", "Danh hiệu các năm" over "2023 | 2024") matched a
  // child column: the children are one column per title or per year, read by yearlyColumns
  for (const field of ["title", "awardForm", "pastTitles"]) {
    const c = columns[field];
    if (c === undefined || headerRows !== 2) continue;
    const own = grid.mergedText(headerRow + 1, c);
    const parentOnly = own !== "" && own !== grid.mergedText(headerRow, c);
    if (parentOnly && (flagOf(cc, own) !== null || /^(?:nam\s*)?(?:19|20)\d{2}$/.test(normalizeText(own)))) {
      delete columns[field];
      delete headers[field];
      if (!Object.values(columns).includes(c)) taken.delete(c);
    }
  }
  for (let c = grid.colOffset; c <= grid.lastCol; c++) {
    if (taken.has(c)) continue;
    const { own } = headerText(grid, headerRow, headerRows, c);
    // a bare "Năm" whose cells are years (the gender column "Nam" folds to the same key)
    if (columns["year"] === undefined && normalizeText(own) === "nam") {
      const vals = sampleValues(grid, dataFrom, c);
      const years = vals.filter((v) => yearOfCell(v) !== null).length;
      if (vals.length > 0 && years * 2 > vals.length) {
        columns["year"] = c;
        headers["year"] = own;
        taken.add(c);
      }
    }
  }
  // several "Xếp loại năm …": the rating of the list is the latest year's; the others are earlier years
  const ratingCols: { c: number; year: number; text: string }[] = [];
  for (let c = grid.colOffset; c <= grid.lastCol; c++) {
    const { full } = headerText(grid, headerRow, headerRows, c);
    const n = normalizeText(full);
    const y = yearOfHeader(full);
    if (y !== null && RATING_WORDS.test(n)) ratingCols.push({ c, year: y, text: full });
  }
  if (ratingCols.length > 1) {
    const latest = ratingCols.reduce((a, b) => (b.year > a.year ? b : a));
    const cur = columns["rating"];
    if (cur === undefined || ratingCols.some((r) => r.c === cur)) {
      columns["rating"] = latest.c;
      headers["rating"] = latest.text;
    }
  }
}

export interface PastColumn {
  col: number;
  year: number;
  /** a title or award the header names ("CSTĐCS năm 2024"): an "X" in the cell means it */
  flag: { field: MarkField; id: string } | null;
  /** the header is a rating of that year ("Xếp loại năm 2024") */
  rating: boolean;
}

export interface FlagColumn {
  col: number;
  field: MarkField;
  id: string;
}

export interface YearlyColumns {
  past: PastColumn[];
  flags: FlagColumn[];
  /** the year a rating header names ("Xếp loại năm 2025") */
  ratingYear: number | null;
}

/** a header naming one title or award, without a year: "LĐTT", "CSTDCS (Đánh X)", "CSTĐ CS" */
function flagOf(cc: CompiledCampaign, text: string): { field: MarkField; id: string } | null {
  const n = normalizeText(text.replace(/\([^)]*\)/g, " ").replace(/\b(?:đánh|danh)\s*(?:dấu\s*)?["“]?x["”]?/gi, " "));
  if (!n) return null;
  for (const field of ["title", "awardForm"] as const) {
    const id = cc.vocab.get(field)?.exact.get(n);
    if (id !== undefined) return { field, id };
  }
  return null;
}

/** the yearly columns of a sheet whose layout is known */
export function yearlyColumns(cc: CompiledCampaign, grid: Grid, layout: Layout): YearlyColumns {
  const taken = new Set(Object.values(layout.columns));
  const past: PastColumn[] = [];
  const flags: FlagColumn[] = [];
  const ratingHeader = layout.headers["rating"];
  const ratingYear = ratingHeader ? yearOfHeader(ratingHeader) : null;
  for (let c = grid.colOffset; c <= grid.lastCol; c++) {
    if (taken.has(c)) continue;
    const { own, full } = headerText(grid, layout.headerRow, layout.headerRows, c);
    if (!own && !full) continue;
    const y = yearOfHeader(own) ?? yearOfHeader(full);
    if (y !== null) {
      const rest = full.replace(/(?:năm|nam|NĂM)?\s*(?:học\s*)?\d{4}(?:\s*[-–/]\s*\d{4})?/gi, " ");
      past.push({ col: c, year: y, flag: flagOf(cc, rest), rating: RATING_WORDS.test(normalizeText(full)) });
      continue;
    }
    const f = flagOf(cc, own) ?? flagOf(cc, full);
    if (f) flags.push({ col: c, ...f });
  }
  return { past, flags, ratingYear };
}
