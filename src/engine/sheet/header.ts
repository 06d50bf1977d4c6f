// finding the header row (one or two rows, merged cells); which column holds which field is columns.ts
import type { CompiledCampaign, CompiledField } from "../campaign/compile.js";
import type { HeaderCandidate } from "./columns.js";
import type { Grid } from "./grid.js";
import { scoreHeader, type FieldScore } from "./headerScore.js";

const SCAN_ROWS = 40;
/** header evidence that counts a column as a recognised header cell */
const COUNTS = 20;

export interface HeaderMatch {
  headerRow: number; // top header row
  headerRows: 1 | 2;
  /** column -> its header texts */
  candidates: Map<number, HeaderCandidate[]>;
  /** fields recognised by header alone */
  count: number;
}

function candidate(cc: CompiledCampaign, text: string, parent: boolean): HeaderCandidate {
  const { h, scores, named } = scoreHeader(cc, text);
  return { h, scores, named, parent };
}

function candidates(cc: CompiledCampaign, grid: Grid, r: number, c: number, withParent: boolean): HeaderCandidate[] {
  const own = grid.mergedText(r, c);
  const out: HeaderCandidate[] = [];
  const m = grid.mergeAt(r, c);
  const ownFromAbove = m !== undefined && m.top < r;
  if (own) out.push(candidate(cc, own, ownFromAbove));
  if (!withParent || ownFromAbove) return out;
  let parent = grid.mergedText(r - 1, c);
  if (!parent && own && !grid.input.merges) {
    // no merge info: a blank parent cell belongs to the nearest filled one on its left
    for (let k = c - 1; k >= grid.colOffset && !parent; k--) {
      if (!grid.text(r, k)) break;
      parent = grid.text(r - 1, k);
    }
  }
  if (parent && own && parent !== own) out.push(candidate(cc, parent + " " + own, true));
  if (parent && !own) out.push(candidate(cc, parent, true));
  return out;
}

/** how many fields a row names, each field and column once (greedy: enough to pick the header row) */
function rowMatch(cc: CompiledCampaign, grid: Grid, r: number, withParent: boolean) {
  const cands = new Map<number, HeaderCandidate[]>();
  const hits: { f: string; col: number; s: number; parent: boolean }[] = [];
  for (let c = grid.colOffset; c <= grid.lastCol; c++) {
    const list = candidates(cc, grid, r, c, withParent);
    if (!list.length) continue;
    cands.set(c, list);
    for (const cand of list)
      for (const i of cand.named) {
        const s = (cand.scores[i] as FieldScore).score;
        if (s >= COUNTS) hits.push({ f: (cc.fields[i] as CompiledField).id, col: c, s, parent: cand.parent });
      }
  }
  hits.sort((a, b) => b.s - a.s || a.col - b.col);
  const fields = new Set<string>();
  const cols = new Set<number>();
  let strong = 0;
  let parentUsed = false;
  for (const h of hits) {
    if (fields.has(h.f) || cols.has(h.col)) continue;
    fields.add(h.f);
    cols.add(h.col);
    if (h.s >= 90) strong++;
    if (h.parent) parentUsed = true;
  }
  return { cands, count: cols.size, strong, parentUsed };
}

export function findHeader(cc: CompiledCampaign, grid: Grid, forcedRow?: number, forcedRows?: 1 | 2): HeaderMatch | null {
  let best: (ReturnType<typeof rowMatch> & { r: number }) | null = null;
  const from = forcedRow !== undefined ? forcedRow + (forcedRows ?? 1) - 1 : grid.firstRow;
  const to = forcedRow !== undefined ? from : Math.min(grid.lastRow, grid.firstRow + SCAN_ROWS);
  for (let r = from; r <= to; r++) {
    const withParent = forcedRow !== undefined ? forcedRows === 2 : r > grid.firstRow;
    const m = rowMatch(cc, grid, r, withParent);
    const better = !best || m.count > best.count || (m.count === best.count && m.strong > best.strong);
    if (better) best = { ...m, r };
  }
  if (!best) return null;
  if (best.count < 2 && forcedRow === undefined) return null;
  const two = forcedRow !== undefined ? forcedRows === 2 : best.parentUsed;
  return { headerRow: two ? best.r - 1 : best.r, headerRows: two ? 2 : 1, candidates: best.cands, count: best.count };
}

/** a row of column numbers under the header: "(1) (2) (3)" or "1 2 3" */
export function isNumberingRow(grid: Grid, r: number): boolean {
  let n = 0;
  for (let c = grid.colOffset; c <= grid.lastCol; c++) {
    const t = grid.text(r, c);
    if (!t) continue;
    if (!/^\(?\d{1,2}\)?$/.test(t)) return false;
    n++;
  }
  return n >= 3;
}
