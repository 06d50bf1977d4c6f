// where a sheet's header and data are, as detected or as the user corrected it
import type { Campaign } from "../campaign/schema.js";
import { compileCampaign, fieldLabel, type CompiledCampaign } from "../campaign/compile.js";
import type { Lang, Layout, LayoutOverride, LayoutResult, SheetInput } from "../types.js";
import { Grid } from "./grid.js";
import { findHeader, isNumberingRow } from "./header.js";
import { RowClassifier, type RowKind, type SectionContext } from "./rows.js";

const compiled = new WeakMap<Campaign, CompiledCampaign>();

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
}

export function scanSheet(cc: CompiledCampaign, grid: Grid, override?: LayoutOverride): LayoutResult & { scan?: ScannedSheet } {
  if (grid.input.rows.length === 0 || grid.lastCol < grid.colOffset) return { ok: false, reason: "empty", lookedFor: [] };
  let empty = true;
  for (let r = grid.firstRow; r <= grid.lastRow && empty; r++) if (!grid.isEmptyRow(r)) empty = false;
  if (empty) return { ok: false, reason: "empty", lookedFor: [] };
  const header = findHeader(cc, grid, override?.headerRow, override?.headerRows);
  if (!header) return { ok: false, reason: "no-header", lookedFor: lookedFor(cc, "vi") };
  const columns = { ...header.columns };
  const headers = { ...header.headers };
  for (const [f, col] of Object.entries(override?.columns ?? {})) {
    if (col > 0) {
      columns[f] = col;
      headers[f] = grid.mergedText(header.headerRow + header.headerRows - 1, col);
    } else {
      delete columns[f];
      delete headers[f];
    }
  }
  let firstRow = header.headerRow + header.headerRows;
  if (firstRow <= grid.lastRow && isNumberingRow(grid, firstRow)) firstRow++;
  const classifier = new RowClassifier(cc, grid);
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
  const layout: Layout = { headerRow: header.headerRow, headerRows: header.headerRows, firstRow, lastRow: lastData, columns, headers };
  return { ok: true, layout, scan: { layout, kinds, sections } };
}

/** find the header row and the column of each field; the override is the user's correction */
export function detectLayout(
  input: SheetInput,
  campaign: Campaign,
  override?: LayoutOverride,
  guessLegacy = false,
): LayoutResult {
  const r = scanSheet(compiledFor(campaign), new Grid(input, guessLegacy), override);
  return r.ok ? { ok: true, layout: r.layout } : r;
}
