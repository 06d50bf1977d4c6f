// what the yearly-round rules share: a sheet's yearly context, the proposed titles of a row, who the nominee is
import { vocabLabel } from "../campaign/compile.js";
import type { Lang } from "../types.js";
import type { CodeMeta, RuleBase } from "./kind.js";
import type { History } from "../yearly/history.js";
import { looksCollective, birthSpan } from "../yearly/nominee.js";
import { factsOf, initiativesOf, ownPastFacts, ratingOf, rowIds, rowYear, type YearMap } from "../yearly/read.js";
import { yearlySheet, type YearlySheet } from "../yearly/sheet.js";
import type { Ctx, RowData, SheetState } from "./context.js";

/** the engine's context for the yearly round; check() fills it from the options */
export interface YearlyCtx {
  history?: History | undefined;
  year?: number | undefined;
}

const sheets = new WeakMap<SheetState, YearlySheet>();

export function yearlyOf(ctx: Ctx & YearlyCtx, sheet: SheetState): YearlySheet {
  let ys = sheets.get(sheet);
  if (!ys) {
    ys = yearlySheet(ctx.cc, sheet.grid, sheet.layout, { year: ctx.year, file: sheet.file });
    sheets.set(sheet, ys);
  }
  return ys;
}

/** whether the sheet can tell what a row proposes: a title or award column, or one column per title */
export function canPropose(ys: YearlySheet, field: string): boolean {
  return ys.cols.title > 0 || ys.cols.awardForm > 0 || ys.columns.flags.length > 0 || (field !== "title" && field !== "awardForm");
}

/** the ids of `values` the row proposes, [] when none; "*" any */
export function proposed(ctx: Ctx, ys: YearlySheet, r: RowData, field: string, values: readonly string[]): string[] {
  if (field === "title" || field === "awardForm") {
    const ids = rowIds(ctx.cc, r.sheet.grid, ys.cols, ys.columns, r.row, field);
    return values.includes("*") ? ids : ids.filter((id) => values.includes(id));
  }
  const idx = ctx.cc.byId.get(field)?.index;
  const p = idx === undefined ? undefined : r.vals[idx];
  if (!p || p.empty) return [];
  if (values.includes("*")) return [p.id ?? p.text];
  return values.filter((v) => v === p.id || v === p.norm);
}

/** a nomination of any kind: a proposed title or award, else any filled row */
export function proposesAnything(ctx: Ctx, ys: YearlySheet, r: RowData): boolean {
  if (ys.cols.title === 0 && ys.cols.awardForm === 0 && ys.columns.flags.length === 0) return true;
  return rowIds(ctx.cc, r.sheet.grid, ys.cols, ys.columns, r.row, "title").length > 0 || rowIds(ctx.cc, r.sheet.grid, ys.cols, ys.columns, r.row, "awardForm").length > 0;
}

export function nomineeKindOf(ctx: Ctx, r: RowData): "individual" | "collective" | "household" {
  const idx = ctx.cc.byId.get("nomineeType")?.index;
  const p = idx === undefined ? undefined : r.vals[idx];
  if (p && !p.empty && p.id) return p.id as "individual" | "collective" | "household";
  const nameIdx = ctx.cc.byId.get("name")?.index;
  const name = nameIdx === undefined ? "" : (r.vals[nameIdx]?.text ?? "");
  return looksCollective(name) ? "collective" : "individual";
}

export function titleLabel(ctx: Ctx, field: string, ids: readonly string[], lang: Lang): string {
  return ids.map((id) => vocabLabel(ctx.cc, field, id, lang)).join(", ");
}

/** " (Luật …, Điều 23)" after a message, from the rule's source */
export function article(rule: { source?: { article?: string | undefined } | undefined }): string {
  const a = rule.source?.article;
  return a ? ` (${a})` : "";
}

/** the yearly round's finding codes (contract.md); messages carry both languages' texts in data
 * (title/titleEn, criterion/criterionEn …), so a report can be shown again in either language */
export const YEARLY_CODES = {
  "not-eligible": {
    severity: "error",
    scope: "cell",
    name: { vi: "Chưa đủ tiêu chuẩn", en: "Not eligible" },
    message: { vi: "Chưa đủ tiêu chuẩn {{title}}: {{criterion}}{{articlePart}}.", en: "Does not meet the criteria for {{titleEn}}: {{criterionEn}}{{articlePart}}." },
  },
  "history-not-found": {
    severity: "info",
    scope: "row",
    name: { vi: "Không có trong lịch sử khen thưởng", en: "Not in the history" },
    message: {
      vi: "Không tìm thấy “{{name}}” {{where}}; chưa xác nhận được {{title}} ({{need}}).",
      en: "“{{name}}” is not found {{whereEn}}; {{titleEn}} ({{needEn}}) cannot be confirmed.",
    },
  },
} as const satisfies Record<string, CodeMeta>;

export function textOf(ctx: Ctx, r: RowData, field: string): string {
  const idx = ctx.cc.byId.get(field)?.index;
  return idx === undefined ? "" : (r.vals[idx]?.text ?? "");
}

/** the years a nominee shows: their own row (the assessed year's rating and initiatives, earlier years' columns) and the history */
export interface NomineeYears {
  years: YearMap;
  /** null: no history was given; false: given, but the nominee is not in it */
  inHistory: boolean | null;
  ownPast: boolean;
}

export function nomineeYears(ctx: Ctx & YearlyCtx, ys: YearlySheet, r: RowData, year: number): NomineeYears {
  const grid = r.sheet.grid;
  const years: YearMap = new Map();
  const own = factsOf(years, year);
  if (ys.cols.rating > 0) {
    const rating = ratingOf(ctx.cc, grid.text(r.row, ys.cols.rating));
    if (rating) own.ratings.add(rating);
  }
  if (ys.cols.initiatives > 0) own.initiatives = initiativesOf(grid.value(r.row, ys.cols.initiatives));
  ownPastFacts(ctx.cc, grid, ys.cols, ys.columns, r.row, years);
  let inHistory: boolean | null = null;
  if (ctx.history) {
    const bv = ys.cols.birthDate > 0 ? grid.value(r.row, ys.cols.birthDate) : null;
    const m = ctx.history.find(textOf(ctx, r, "name"), textOf(ctx, r, "unit") || textOf(ctx, r, "position"), typeof bv === "string" || typeof bv === "number" ? birthSpan(bv) : null);
    inHistory = m !== null;
    for (const [y, f] of m?.years ?? []) {
      const into = factsOf(years, y);
      f.titles.forEach((t) => into.titles.add(t));
      f.ratings.forEach((t) => into.ratings.add(t));
      // the row's own count for the assessed year stands; earlier years come from the history
      if (f.initiatives !== null && (y !== year || into.initiatives === null)) into.initiatives = f.initiatives;
    }
  }
  return { years, inHistory, ownPast: ys.columns.past.length > 0 || ys.cols.pastTitles > 0 };
}

export function theRowYear(ys: YearlySheet, r: RowData): number | null {
  return ys.forced ? ys.year : rowYear(r.sheet.grid, ys.cols, r.row, ys.year);
}

/** a row needs a column the sheet has not (a criterion's, the year's): settled at the sheet's end by the baseline */
export function missingColumn(ctx: Ctx, rule: RuleBase, r: RowData, field: string, headers?: string): void {
  const at = ["title", "awardForm"].find((f) => (r.sheet.cols[ctx.cc.byId.get(f)?.index ?? -1] ?? 0) > 0);
  ctx.needs.need(rule, r, [field], { severity: "warning", at, ...(headers !== undefined ? { headers: headers.split("; ") } : {}) });
}
