// one row's yearly facts read straight from the grid: titles proposed or received, ratings and initiatives by year
import type { CompiledCampaign } from "../campaign/compile.js";
import { matchVocab } from "../campaign/compile.js";
import type { Grid } from "../sheet/grid.js";
import { normalizeText } from "../text/normalize.js";
import type { Layout } from "../types.js";
import type { YearlyColumns } from "./columns.js";
import { idsInCell, isTick, marksInText, type MarkField } from "./marks.js";
import { yearOfCell } from "./year.js";

/** what one year shows for one nominee */
export interface YearFacts {
  titles: Set<string>; // title and award-form ids
  ratings: Set<string>;
  initiatives: number | null;
}

export type YearMap = Map<number, YearFacts>;

export function factsOf(map: YearMap, year: number): YearFacts {
  let f = map.get(year);
  if (!f) {
    f = { titles: new Set(), ratings: new Set(), initiatives: null };
    map.set(year, f);
  }
  return f;
}

/** "02", 2, "2 sáng kiến" → 2; "Không", "-", 0 → 0; the initiatives' names → one per line or ";"; null when empty */
export function initiativesOf(v: string | number | null | boolean | object): number | null {
  if (v === null || typeof v === "boolean" || typeof v === "object") return null;
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? Math.floor(v) : null;
  const t = v.trim();
  if (!t) return null;
  const lead = /^(\d{1,3})(?!\s*[/.-]\s*\d)/.exec(t);
  if (lead) return Number(lead[1]);
  const n = normalizeText(t);
  if (n === "" || /^(?:khong|khong co|chua co|0|x)$/.test(n)) return 0;
  return t.split(/[;\n\r]+/).filter((p) => p.trim().length > 2).length;
}

/** where a sheet's yearly fields are */
export interface YearlyCols {
  title: number;
  awardForm: number;
  rating: number;
  initiatives: number;
  year: number;
  pastTitles: number;
  discipline: number;
  name: number;
  unit: number;
  position: number;
  birthDate: number;
  nomineeType: number;
}

export function yearlyCols(layout: Layout): YearlyCols {
  const c = (f: string) => layout.columns[f] ?? 0;
  return {
    title: c("title"),
    awardForm: c("awardForm"),
    rating: c("rating"),
    initiatives: c("initiatives"),
    year: c("year"),
    pastTitles: c("pastTitles"),
    discipline: c("discipline"),
    name: c("name"),
    unit: c("unit"),
    position: c("position"),
    birthDate: c("birthDate"),
    nomineeType: c("nomineeType"),
  };
}

/** the titles (or award forms) a row names in its own cells and its "X" columns, as vocabulary ids */
export function rowIds(cc: CompiledCampaign, grid: Grid, cols: YearlyCols, yc: YearlyColumns, r: number, field: "title" | "awardForm"): string[] {
  const out = new Set<string>();
  const add = (col: number, f: MarkField) => {
    if (col > 0) for (const id of idsInCell(cc.vocab.get(f), grid.text(r, col))) out.add(id);
  };
  // a combined column may hold either: titles and award forms are read from both cells
  add(cols.title, field);
  if (cols.awardForm !== cols.title) add(cols.awardForm, field);
  else if (field === "title") add(cols.awardForm, "title");
  for (const f of yc.flags) if (f.field === field && isTick(grid.text(r, f.col))) out.add(f.id);
  return [...out];
}

/** the row's rating id, or null */
export function ratingOf(cc: CompiledCampaign, text: string): string | null {
  const v = cc.vocab.get("rating");
  if (!v || !text) return null;
  return matchVocab(v, normalizeText(text)) ?? idsInCell(v, text)[0] ?? null;
}

/** the row's year: its year cell, else the sheet's */
export function rowYear(grid: Grid, cols: YearlyCols, r: number, sheetYear: number | null): number | null {
  if (cols.year > 0) {
    const v = grid.value(r, cols.year);
    const y = typeof v === "string" || typeof v === "number" ? yearOfCell(v) : null;
    if (y !== null) return y;
  }
  return sheetYear;
}

/** earlier years a row shows in its own cells: "Năm 2024" columns and a "CSTĐCS 2023, 2024" text */
export function ownPastFacts(cc: CompiledCampaign, grid: Grid, cols: YearlyCols, yc: YearlyColumns, r: number, into: YearMap): void {
  for (const p of yc.past) {
    const t = grid.text(r, p.col);
    if (!t) continue;
    const f = factsOf(into, p.year);
    if (p.flag && isTick(t)) {
      f.titles.add(p.flag.id);
      continue;
    }
    const rating = ratingOf(cc, t);
    if (p.rating && rating) {
      f.ratings.add(rating);
      continue;
    }
    for (const id of idsInCell(cc.vocab.get("title"), t)) f.titles.add(id);
    for (const id of idsInCell(cc.vocab.get("awardForm"), t)) f.titles.add(id);
    if (rating) f.ratings.add(rating);
  }
  if (cols.pastTitles > 0) {
    const t = grid.text(r, cols.pastTitles);
    for (const m of t ? marksInText(cc, t) : []) {
      const f = factsOf(into, m.year);
      if (m.field === "rating") f.ratings.add(m.id);
      else f.titles.add(m.id);
    }
  }
}

/** whether the sheet shows earlier years of its own (so a streak can be judged without a history) */
export function hasOwnPast(cols: YearlyCols, yc: YearlyColumns): boolean {
  return cols.pastTitles > 0 || yc.past.length > 0;
}
