// the engine's summary table as Office.js work: one values matrix with its number formats, then the cells
// of each style token, the bordered tables, heights, widths and links, grouped so few calls do it all
import type { SummaryTable } from "../../engine/report/summary-sheet.js";
import { LOOKS, type CellLook, type StyleToken } from "../../engine/report/style.js";
import { SUMMARY_WORDS } from "../../engine/report/locale.js";
import type { Lang } from "../../engine/index.js";
import { cellAddress } from "../shared/address.js";

/** the summary's name in each language: running again (in either) replaces it */
export const SUMMARY_NAMES: Readonly<Record<Lang, string>> = { vi: SUMMARY_WORDS.vi.sheetName, en: SUMMARY_WORDS.en.sheetName };

export type Scalar = string | number;

export interface SummaryPlan {
  name: string;
  values: Scalar[][];
  /** per cell: "@" for text (so "=…", "+…" stay text), the token's format for numbers and dates */
  formats: string[][];
  /** style token -> A1 addresses of its cells (rectangles of one row) */
  styled: Map<StyleToken, string[]>;
  looks: Readonly<Record<StyleToken, CellLook>>;
  /** A1 ranges of the bordered tables */
  tables: string[];
  /** row height in points -> A1 row ranges */
  heights: Map<number, string[]>;
  /** column widths in points */
  widths: number[];
  links: { row: number; col: number; sheet: string; cell: string; text: string }[];
  freezeRows: number;
  /** "$12:$12", the findings header row repeated on every printed page */
  printTitleRows: string | null;
  filter: string | null;
  dataBars: string[];
}

/** Excel's column width unit is about one digit of the default font; in points, about 7 */
const POINTS_PER_CHAR = 7;

const range = (a: { top: number; left: number; bottom: number; right: number }) => `${cellAddress(a.top + 1, a.left + 1)}:${cellAddress(a.bottom + 1, a.right + 1)}`;

export function summaryPlan(t: SummaryTable): SummaryPlan {
  const values = t.rows.map((r) => r.map((c) => (c.v === null ? "" : c.v)));
  const formats = t.rows.map((r) => r.map((c) => (typeof c.v === "number" ? LOOKS[c.style].format : "@")));
  const styled = new Map<StyleToken, string[]>();
  t.rows.forEach((r, i) => {
    // runs of one token along a row become one address
    let j = 0;
    while (j < r.length) {
      const style = (r[j] as (typeof r)[number]).style;
      let k = j;
      while (k + 1 < r.length && (r[k + 1] as (typeof r)[number]).style === style) k++;
      const empty = r.slice(j, k + 1).every((c) => c.v === null);
      if (!(style === "text" && empty)) {
        const list = styled.get(style) ?? [];
        list.push(j === k ? cellAddress(i + 1, j + 1) : `${cellAddress(i + 1, j + 1)}:${cellAddress(i + 1, k + 1)}`);
        styled.set(style, list);
      }
      j = k + 1;
    }
  });
  const heights = new Map<number, string[]>();
  for (const [row, h] of t.heights) heights.set(h, [...(heights.get(h) ?? []), `${row + 1}:${row + 1}`]);
  const links: SummaryPlan["links"] = [];
  t.rows.forEach((r, i) =>
    r.forEach((c, j) => {
      if (!c.link) return;
      const bang = c.link.lastIndexOf("!");
      links.push({ row: i, col: j, sheet: c.link.slice(1, bang - 1).replace(/''/g, "'"), cell: c.link.slice(bang + 1), text: String(c.v) });
    }),
  );
  return {
    name: t.name,
    values,
    formats,
    styled,
    looks: LOOKS,
    tables: t.tables.map(range),
    heights,
    widths: t.widths.map((w) => w * POINTS_PER_CHAR),
    links,
    freezeRows: t.freezeRows,
    printTitleRows: t.printTitleRow === null ? null : `$${t.printTitleRow + 1}:$${t.printTitleRow + 1}`,
    filter: t.filter ? range(t.filter) : null,
    dataBars: t.dataBars.map(range),
  };
}
