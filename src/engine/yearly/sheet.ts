// a sheet's yearly context: its columns, its title block, and the year it assesses
import type { CompiledCampaign } from "../campaign/compile.js";
import type { Grid } from "../sheet/grid.js";
import type { Layout } from "../types.js";
import { yearlyColumns, type YearlyColumns } from "./columns.js";
import { idsInText } from "./marks.js";
import { yearlyCols, type YearlyCols } from "./read.js";
import { yearOfFileName, yearOfTitle } from "./year.js";

export type YearSource = "option" | "rating-header" | "title" | "file" | "column";

export interface YearlySheet {
  cols: YearlyCols;
  columns: YearlyColumns;
  /** the text above the header row (the list's or decision's title) */
  titleText: string;
  /** the sheet's year; a row's year cell wins over it (except over --year) */
  year: number | null;
  yearFrom: YearSource | null;
  /** titles and award forms the title names ("… TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2024") */
  titleIds: string[];
  /** --year was given: it overrides every year the sheet shows */
  forced: boolean;
}

export function titleBlock(grid: Grid, headerRow: number): string {
  const parts: string[] = [];
  for (let r = grid.firstRow; r < headerRow; r++) {
    for (let c = grid.colOffset; c <= grid.lastCol; c++) {
      const t = grid.text(r, c);
      if (t) parts.push(t);
    }
  }
  return parts.join(" \n ");
}

/** the year of a list: --year, a rating header "Xếp loại năm 2025", the title "… NĂM 2025" (never today's date);
 * a past decision may also take it from its file name */
export function yearlySheet(
  cc: CompiledCampaign,
  grid: Grid,
  layout: Layout,
  opts: { year?: number | undefined; file?: string | undefined; fileYear?: boolean },
): YearlySheet {
  const cols = yearlyCols(layout);
  const columns = yearlyColumns(cc, grid, layout);
  const titleText = titleBlock(grid, layout.headerRow);
  const fromTitle = yearOfTitle(titleText);
  const fromFile = opts.fileYear && opts.file !== undefined ? yearOfFileName(opts.file) : null;
  let year: number | null = null;
  let yearFrom: YearSource | null = null;
  if (opts.year !== undefined) [year, yearFrom] = [opts.year, "option"];
  else if (columns.ratingYear !== null) [year, yearFrom] = [columns.ratingYear, "rating-header"];
  else if (fromTitle !== null) [year, yearFrom] = [fromTitle, "title"];
  else if (fromFile !== null) [year, yearFrom] = [fromFile, "file"];
  const titleIds = [...idsInText(cc, "title", titleText), ...idsInText(cc, "awardForm", titleText)];
  return { cols, columns, titleText, year, yearFrom, titleIds, forced: opts.year !== undefined };
}
