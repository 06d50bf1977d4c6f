// past award decisions and past lists as a history: who received which title (or rating) in which year
import type { CompiledCampaign } from "../campaign/compile.js";
import { Grid } from "../sheet/grid.js";
import { scanSheet } from "../sheet/layout.js";
import type { SheetInput } from "../types.js";
import { birthSpan, personKey, sameBirth, sameUnit, unitMatchKey } from "./nominee.js";
import { factsOf, initiativesOf, ownPastFacts, ratingOf, rowIds, rowYear, type YearMap } from "./read.js";
import { yearlySheet, type YearSource } from "./sheet.js";

export interface HistoryRecord {
  person: string; // personKey
  unit: string; // unitMatchKey of the unit (or of the position text when there is no unit column)
  birth: [number, number] | null;
  years: YearMap;
  file?: string;
  sheet: string;
  row: number;
}

export interface HistorySource {
  file?: string;
  sheet: string;
  /** the years this sheet tells about */
  years: number[];
  yearFrom: YearSource | null;
  records: number;
  /** why the sheet gave nothing: no header row, no year anywhere, no data */
  problem?: "no-header" | "no-year" | "empty";
}

export interface HistoryMatch {
  records: HistoryRecord[];
  years: YearMap;
}

export class History {
  readonly sources: HistorySource[] = [];
  /** years some history sheet tells about: a nominee absent from one of them did not receive its titles */
  readonly covered = new Set<number>();
  private readonly byPerson = new Map<string, HistoryRecord[]>();

  add(rec: HistoryRecord): void {
    const list = this.byPerson.get(rec.person);
    if (list) list.push(rec);
    else this.byPerson.set(rec.person, [rec]);
  }

  /** the nominee's records: same name, same unit (however written), and the same birth date when both give one;
   * a record without a unit matches by name alone only when it is the only person of that name without one */
  find(name: string, unit: string, birth: [number, number] | null): HistoryMatch | null {
    const person = personKey(name);
    if (!person) return null;
    const all = this.byPerson.get(person);
    if (!all) return null;
    const u = unitMatchKey(unit);
    const withUnit = all.filter((r) => r.unit !== "" && sameUnit(r.unit, u) && sameBirth(r.birth, birth));
    const unitless = all.filter((r) => r.unit === "" && sameBirth(r.birth, birth));
    // without a unit, two people of one name in one sheet cannot be told apart (unless by birth date)
    const perSheet = new Map<string, number>();
    for (const r of unitless) perSheet.set(`${r.file ?? ""}\u0000${r.sheet}`, (perSheet.get(`${r.file ?? ""}\u0000${r.sheet}`) ?? 0) + 1);
    const unambiguous = [...perSheet.values()].every((n) => n === 1) || (birth !== null && unitless.every((r) => r.birth !== null));
    const records = [...withUnit, ...(unambiguous ? unitless : [])];
    if (!records.length) return null;
    const years: YearMap = new Map();
    for (const rec of records) {
      for (const [y, f] of rec.years) {
        const into = factsOf(years, y);
        f.titles.forEach((t) => into.titles.add(t));
        f.ratings.forEach((t) => into.ratings.add(t));
        if (f.initiatives !== null) into.initiatives = Math.max(into.initiatives ?? 0, f.initiatives);
      }
    }
    return { records, years };
  }

  get size(): number {
    return this.byPerson.size;
  }
}

/** read past decisions or lists (pure: the edges give the sheets); the year comes from a column, the title, or the file name */
export function buildHistory(cc: CompiledCampaign, sheets: readonly SheetInput[], guessLegacy = false): History {
  const h = new History();
  for (const input of sheets) {
    const where = { ...(input.file !== undefined ? { file: input.file } : {}), sheet: input.name };
    const grid = new Grid(input, guessLegacy);
    const scanned = scanSheet(cc, grid);
    if (!scanned.ok || !scanned.scan) {
      h.sources.push({ ...where, years: [], yearFrom: null, records: 0, problem: scanned.ok ? "empty" : scanned.reason === "empty" ? "empty" : "no-header" });
      continue;
    }
    const { layout, kinds } = scanned.scan;
    const ys = yearlySheet(cc, grid, layout, { file: input.file, fileYear: true });
    const { cols, columns } = ys;
    const years = new Set<number>();
    let records = 0;
    let yearFrom: YearSource | null = ys.yearFrom;
    for (let k = 0; k < kinds.length; k++) {
      if (kinds[k] !== "data") continue;
      const r = layout.firstRow + k;
      const name = cols.name > 0 ? grid.text(r, cols.name) : "";
      if (!name) continue;
      const y = rowYear(grid, cols, r, ys.year);
      if (cols.year > 0 && y !== ys.year) yearFrom = "column";
      const facts: YearMap = new Map();
      if (y !== null) {
        const f = factsOf(facts, y);
        let ids = [...rowIds(cc, grid, cols, columns, r, "title"), ...rowIds(cc, grid, cols, columns, r, "awardForm")];
        // a decision's list names the title once, in its heading
        if (!ids.length) ids = ys.titleIds;
        ids.forEach((id) => f.titles.add(id));
        const rating = cols.rating > 0 ? ratingOf(cc, grid.text(r, cols.rating)) : null;
        if (rating) f.ratings.add(rating);
        if (cols.initiatives > 0) f.initiatives = initiativesOf(grid.value(r, cols.initiatives));
      }
      ownPastFacts(cc, grid, cols, columns, r, facts);
      if (!facts.size) continue;
      // the years a sheet covers are its own (a decision of 2024), not the earlier years a past list shows
      if (y !== null) years.add(y);
      const unitText = cols.unit > 0 ? grid.text(r, cols.unit) : cols.position > 0 ? grid.text(r, cols.position) : "";
      const bv = cols.birthDate > 0 ? grid.value(r, cols.birthDate) : null;
      h.add({
        person: personKey(name),
        unit: unitText ? unitMatchKey(unitText) : "",
        birth: typeof bv === "string" || typeof bv === "number" ? birthSpan(bv) : null,
        years: facts,
        ...where,
        row: r,
      });
      records++;
    }
    years.forEach((y) => h.covered.add(y));
    const list = [...years].sort((a, b) => a - b);
    h.sources.push({ ...where, years: list, yearFrom, records, ...(records === 0 ? { problem: ys.year === null && cols.year === 0 ? "no-year" : "empty" } : {}) } as HistorySource);
  }
  return h;
}
