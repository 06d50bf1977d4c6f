// finding the header row (one or two rows, merged cells) and which column holds which field
import type { CompiledCampaign, CompiledField } from "../campaign/compile.js";
import { normalizeText } from "../text/normalize.js";
import type { Grid } from "./grid.js";

const SCAN_ROWS = 40;

export interface HeaderMatch {
  headerRow: number; // top header row
  headerRows: 1 | 2;
  columns: Record<string, number>;
  headers: Record<string, string>;
}

interface Candidate {
  text: string;
  norm: string;
  padded: string; // " norm ": whole words are found with includes()
  parent: boolean; // uses the row above
  exactOnly: boolean;
}

/** a field's header keys, each also padded with spaces */
interface FieldKeys {
  f: CompiledField;
  keys: { key: string; padded: string }[];
}

function score(fk: FieldKeys, c: Candidate): number {
  let best = 0;
  for (const { key, padded } of fk.keys) {
    if (!key) continue;
    if (c.norm === key) return 1000 + key.length;
    if (!c.exactOnly && key.length >= 4 && c.padded.includes(padded)) best = Math.max(best, key.length);
  }
  return best;
}

function candidate(text: string, parent: boolean, exactOnly: boolean): Candidate {
  const norm = normalizeText(text);
  return { text, norm, padded: " " + norm + " ", parent, exactOnly };
}

function candidates(grid: Grid, r: number, c: number, withParent: boolean): Candidate[] {
  const own = grid.mergedText(r, c);
  const out: Candidate[] = [];
  const m = grid.mergeAt(r, c);
  const ownFromAbove = m !== undefined && m.top < r;
  if (own) out.push(candidate(own, ownFromAbove, false));
  if (!withParent || ownFromAbove) return out;
  let parent = grid.mergedText(r - 1, c);
  if (!parent && own && !grid.input.merges) {
    // no merge info: a blank parent cell belongs to the nearest filled one on its left
    for (let k = c - 1; k >= grid.colOffset && !parent; k--) {
      if (!grid.text(r, k)) break;
      parent = grid.text(r - 1, k);
    }
  }
  if (parent && own && parent !== own) {
    out.push(candidate(parent + " " + own, true, false));
  }
  if (parent && !own) out.push(candidate(parent, true, true));
  return out;
}

/** greedy best-first assignment: each field once, each column once */
function matchRow(fields: FieldKeys[], grid: Grid, r: number, withParent: boolean) {
  const hits: { f: CompiledField; col: number; s: number; cand: Candidate }[] = [];
  for (let c = grid.colOffset; c <= grid.lastCol; c++) {
    for (const cand of candidates(grid, r, c, withParent)) {
      for (const fk of fields) {
        const s = score(fk, cand);
        if (s > 0) hits.push({ f: fk.f, col: c, s, cand });
      }
    }
  }
  hits.sort((a, b) => b.s - a.s || a.col - b.col);
  const columns: Record<string, number> = {};
  const headers: Record<string, string> = {};
  const usedCols = new Set<number>();
  let exact = 0;
  let parentUsed = false;
  for (const h of hits) {
    if (columns[h.f.id] !== undefined || usedCols.has(h.col)) continue;
    columns[h.f.id] = h.col;
    headers[h.f.id] = h.cand.text;
    usedCols.add(h.col);
    if (h.s >= 1000) exact++;
    if (h.cand.parent) parentUsed = true;
  }
  return { columns, headers, count: usedCols.size, exact, parentUsed };
}

export function findHeader(cc: CompiledCampaign, grid: Grid, forcedRow?: number, forcedRows?: 1 | 2): HeaderMatch | null {
  let best: (ReturnType<typeof matchRow> & { r: number }) | null = null;
  const fields: FieldKeys[] = cc.fields.map((f) => ({ f, keys: f.keys.map((key) => ({ key, padded: " " + key + " " })) }));
  const from = forcedRow !== undefined ? forcedRow + (forcedRows ?? 1) - 1 : grid.firstRow;
  const to = forcedRow !== undefined ? from : Math.min(grid.lastRow, grid.firstRow + SCAN_ROWS);
  for (let r = from; r <= to; r++) {
    const withParent = forcedRow !== undefined ? forcedRows === 2 : r > grid.firstRow;
    const m = matchRow(fields, grid, r, withParent);
    const better = !best || m.count > best.count || (m.count === best.count && m.exact > best.exact);
    if (better) best = { ...m, r };
  }
  if (!best) return null;
  const ok = best.count >= 2 && (best.columns["name"] !== undefined || best.columns["unit"] !== undefined);
  if (!ok && forcedRow === undefined) return null;
  const two = best.parentUsed;
  return {
    headerRow: two ? best.r - 1 : best.r,
    headerRows: two ? 2 : 1,
    columns: best.columns,
    headers: best.headers,
  };
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
