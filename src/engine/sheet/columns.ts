// which column holds which field: header evidence, confirmed or refuted by the column's values,
// then the best overall assignment (a column split at "/" may feed two fields)
import type { CompiledCampaign, CompiledField } from "../campaign/compile.js";
import type { CellValue, MappedBy } from "../types.js";
import { bestAssignment } from "./assign.js";
import { contentEvidence, type ColumnSample, type ContentEvidence } from "./content.js";
import type { Grid } from "./grid.js";
import { STRONG, WEAK_WHOLE, type FieldScore, type HeaderText } from "./headerScore.js";
import type { LookupTable } from "./lookup.js";

/** a header cell of one column, as read (own text, or parent + own for a two-row header) */
export interface HeaderCandidate {
  h: HeaderText;
  /** h's evidence for each field, by field index (scoreHeader) */
  scores: readonly FieldScore[];
  /** indices of the fields it scores above 0 */
  named: readonly number[];
  /** uses the row above */
  parent: boolean;
}

export interface ColumnMapping {
  columns: Record<string, number>;
  headers: Record<string, string>;
  mappedBy: Record<string, MappedBy>;
  /** fields read through a code table */
  lookups: Record<string, LookupTable>;
  /** the header evidence of each mapped field */
  evidence: Record<string, number>;
  parentUsed: boolean;
}

/** a confirming column gains this much; a content claim without a header scores CLAIM */
const CONFIRM = 50;
const CLAIM = 60;
const CONFIRMED = 0.6;
const REFUTED = 0.2;

interface Cell {
  score: number;
  part: number; // -1: the whole header
  cand: HeaderCandidate | null;
  content: ContentEvidence | null;
  byContent: boolean;
}

function bestHeader(f: CompiledField, cands: readonly HeaderCandidate[]): { score: number; part: number; cand: HeaderCandidate | null } {
  let best = { score: 0, part: -1, cand: null as HeaderCandidate | null };
  for (const cand of cands) {
    const s = cand.scores[f.index] as FieldScore;
    if (s.score > best.score) best = { ...s, cand };
  }
  return best;
}

/** the value's evidence weighed against the header's */
function weigh(f: CompiledField, header: number, ev: ContentEvidence, otherClaims: boolean, n: number): { score: number; byContent: boolean } {
  if (ev.ratio === null) return { score: header, byContent: false };
  if (ev.ratio >= CONFIRMED) {
    if (header > 0) return { score: header + CONFIRM, byContent: header < STRONG };
    // no header for it: only values that are exactly the field's words claim a column
    return ev.exact >= CONFIRMED && f.type !== "money" && f.type !== "date" ? { score: CLAIM, byContent: true } : { score: 0, byContent: false };
  }
  if (ev.ratio < REFUTED && n >= 2) {
    if (header < STRONG) return { score: 0, byContent: false };
    // a typed column (nominee type) whose values are none of its kind, or values that are plainly another field's
    if (otherClaims || (f.type === "nomineeType" && n >= 3)) return { score: 0, byContent: false };
  }
  return { score: header, byContent: false };
}

export function mapColumns(
  cc: CompiledCampaign,
  grid: Grid,
  candidates: ReadonlyMap<number, readonly HeaderCandidate[]>,
  sampleRows: readonly number[],
  tables: readonly LookupTable[],
): ColumnMapping {
  const cols = [...candidates.keys()].sort((a, b) => a - b);
  const samples = new Map<number, ColumnSample>();
  for (let c = grid.colOffset; c <= grid.lastCol; c++) {
    const values: CellValue[] = [];
    for (const r of sampleRows) {
      const v = grid.value(r, c);
      if (v === null || typeof v === "object" || (typeof v === "string" && v.trim() === "")) continue;
      values.push(v);
    }
    samples.set(c, { values });
  }
  const allCols = [...new Set([...cols, ...[...samples.entries()].filter(([, s]) => s.values.length > 0).map(([c]) => c)])].sort((a, b) => a - b);
  // per field and column: header evidence, then the values' verdict
  const table: Cell[][] = cc.fields.map((f) =>
    allCols.map((c) => {
      const hb = bestHeader(f, candidates.get(c) ?? []);
      return { score: hb.score, part: hb.part, cand: hb.cand, content: null, byContent: false };
    }),
  );
  allCols.forEach((c, j) => {
    const sample = samples.get(c) as ColumnSample;
    const evs = cc.fields.map((f) => contentEvidence(cc, f, sample, tables));
    const claims = evs.map((e, i) => e.ratio !== null && e.ratio >= CONFIRMED && cc.vocab.has(cc.fields[i]?.id ?? ""));
    cc.fields.forEach((f, i) => {
      const cell = (table[i] as Cell[])[j] as Cell;
      const ev = evs[i] as ContentEvidence;
      const otherClaims = claims.some((x, k) => x && k !== i);
      const w = weigh(f, cell.score, ev, otherClaims, sample.values.length);
      cell.score = w.score;
      cell.byContent = w.byContent;
      cell.content = ev;
    });
  });
  // slots: a column's whole header, and each "/" part some field matched on its own
  const slots: { j: number; part: number }[] = [];
  allCols.forEach((_, j) => {
    slots.push({ j, part: -1 });
    const parts = new Set<number>();
    for (const row of table) {
      const cell = row[j] as Cell;
      if (cell.score > 0 && cell.part >= 0) parts.add(cell.part);
    }
    for (const p of [...parts].sort()) slots.push({ j, part: p });
  });
  const matrix = table.map((row) => slots.map((s) => ((row[s.j] as Cell).part === s.part ? (row[s.j] as Cell).score : 0)));
  const chosen = bestAssignment(matrix);
  const out: ColumnMapping = { columns: {}, headers: {}, mappedBy: {}, lookups: {}, evidence: {}, parentUsed: false };
  cc.fields.forEach((f, i) => {
    const k = chosen[i] as number;
    if (k < 0) return;
    const slot = slots[k] as { j: number; part: number };
    const cell = (table[i] as Cell[])[slot.j] as Cell;
    const col = allCols[slot.j] as number;
    out.columns[f.id] = col;
    out.headers[f.id] = cell.cand?.h.text ?? "";
    out.mappedBy[f.id] = cell.byContent || !cell.cand ? "content" : "header";
    out.evidence[f.id] = bestHeader(f, candidates.get(col) ?? []).score;
    if (cell.content?.lookup) out.lookups[f.id] = cell.content.lookup;
    if (cell.cand?.parent) out.parentUsed = true;
  });
  return out;
}

/** a nomination list: a name column and an award form, nominee type or proposing unit, found by header */
export function looksLikeList(m: Pick<ColumnMapping, "columns" | "evidence">): boolean {
  const byHeader = (id: string) => m.columns[id] !== undefined && (m.evidence[id] ?? 0) >= WEAK_WHOLE;
  return byHeader("name") && ["awardForm", "nomineeType", "unit"].some(byHeader);
}
