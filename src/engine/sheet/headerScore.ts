// how strongly one header text names one field: a whole-header match beats a contained word,
// generic words alone are weak, "Lựa chọn X" pickers and "Mã X" code columns are marked
import type { CompiledCampaign, CompiledField } from "../campaign/compile.js";
import { normalizeText } from "../text/normalize.js";

/** a whole header that is one of the field's own headers */
export const WHOLE = 100;
/** one part of a header split at "/" ("Danh hiệu thi đua/Hình thức khen thưởng"): the column may feed two fields */
export const PART = 90;
/** the most a contained key can score: always below a whole or part match */
const CONTAINED_MAX = 60;
/** a generic word as the whole header ("Đơn vị", "Đối tượng") */
export const WEAK_WHOLE = 30;
/** a generic word inside a longer header ("Đơn vị công nhận") */
const WEAK_CONTAINED = 5;
/** header evidence at or above this is "found by header" */
export const STRONG = 40;

export interface HeaderText {
  /** as written */
  text: string;
  /** normalised, without a "Lựa chọn" or "Mã" prefix */
  core: string;
  /** normalised, with parenthesised remarks dropped ("Mã danh hiệu thi đua (nếu có)") */
  bare: string;
  /** normalised "/"-separated parts, when there are two or more */
  parts: string[];
  /** "Lựa chọn X": a picker beside the column X that holds the value */
  picker: boolean;
  /** "Mã X": codes of X, read through a lookup table */
  code: boolean;
  /** " core ": whole words are found with includes() */
  padded: string;
}

const PICKER = /^lua chon /;
const CODE = /^ma (?:so )?/;

function strip(norm: string): { core: string; picker: boolean; code: boolean } {
  let core = norm;
  let picker = false;
  let code = false;
  if (PICKER.test(core)) {
    picker = true;
    core = core.replace(PICKER, "");
  }
  if (CODE.test(core) && core.length > 5) {
    code = true;
    core = core.replace(CODE, "");
  }
  return { core, picker, code };
}

export function readHeader(text: string): HeaderText {
  const { core, picker, code } = strip(normalizeText(text));
  const bare = strip(normalizeText(text.replace(/\([^)]*\)/g, " "))).core;
  const rawParts = text.split("/").map((p) => strip(normalizeText(p)).core).filter((p) => p !== "");
  return { text, core, bare, parts: rawParts.length >= 2 ? rawParts : [], picker, code, padded: " " + core + " " };
}

function hasWords(padded: string, phrase: string): boolean {
  return phrase !== "" && padded.includes(" " + phrase + " ");
}

/** the header's evidence for the field, and whether a single "/"-part matched (a shared column) */
export function headerScore(f: CompiledField, h: HeaderText): { score: number; part: number } {
  if (h.core === "") return { score: 0, part: -1 };
  for (const n of f.not) if (hasWords(h.padded, n)) return { score: 0, part: -1 };
  let best = 0;
  let part = -1;
  for (const key of f.keys) {
    if (!key) continue;
    const weak = f.weak.has(key);
    if (key === h.core || key === h.bare) {
      best = Math.max(best, weak ? WEAK_WHOLE : WHOLE + Math.min(key.length, 9) / 10);
      continue;
    }
    if (!weak) {
      const i = h.parts.indexOf(key);
      if (i >= 0 && PART > best) {
        best = PART;
        part = i;
        continue;
      }
    }
    if (key.length >= 4 && hasWords(h.padded, key)) {
      const s = weak ? WEAK_CONTAINED : Math.min(CONTAINED_MAX, 20 + key.length);
      if (s > best) {
        best = s;
        part = -1;
      }
    }
  }
  if (best >= WHOLE) part = -1;
  if (h.picker) best *= 0.4;
  else if (h.code) best *= 0.9;
  return { score: best, part };
}

export interface FieldScore {
  score: number;
  part: number;
}

/** a header text read once and scored against every field of a campaign (by field index) */
export interface ScoredHeader {
  h: HeaderText;
  scores: FieldScore[];
  /** indices of the fields it scores above 0 (most texts name none) */
  named: number[];
}

/** enough for every distinct header text of a large round; cleared when full, so memory stays bounded */
const SCORED_LIMIT = 20_000;
const scored = new WeakMap<CompiledCampaign, Map<string, ScoredHeader>>();

/**
 * the header text's evidence for each field of the campaign. Header rows repeat (every workbook of a round
 * has the same header, and each field asks of each cell), so a text is read and scored once per campaign.
 */
export function scoreHeader(cc: CompiledCampaign, text: string): ScoredHeader {
  let memo = scored.get(cc);
  if (!memo) scored.set(cc, (memo = new Map()));
  let s = memo.get(text);
  if (s === undefined) {
    const h = readHeader(text);
    const scores = cc.fields.map((f) => headerScore(f, h));
    s = { h, scores, named: scores.flatMap((x, i) => (x.score > 0 ? [i] : [])) };
    if (memo.size >= SCORED_LIMIT) memo.clear();
    memo.set(text, s);
  }
  return s;
}
