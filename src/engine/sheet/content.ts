// what a column's values say about the field it holds: nominee types, award forms, amounts, dates;
// codes are first read through the workbook's own lookup table
import { matchVocab, type CompiledCampaign, type CompiledField, type Vocab } from "../campaign/compile.js";
import { normalizeText } from "../text/normalize.js";
import type { CellValue } from "../types.js";
import { parseDateText, serialDay } from "../values/date.js";
import { parseMoneyText } from "../values/number.js";
import { readHeader, headerScore } from "./headerScore.js";
import { codeKey, type LookupTable } from "./lookup.js";

/** a column's sampled values */
export interface ColumnSample {
  values: CellValue[]; // non-empty cells only
  /** the values' normalised texts and how often each occurs, worked out once (every vocabulary field reads them) */
  texts?: Map<string, number>;
}

export interface ContentEvidence {
  /** share of the values readable as the field (vocabulary, amount, date); null: the values cannot tell */
  ratio: number | null;
  /** share of the values that are exactly a vocabulary entry: enough to claim a column without a header */
  exact: number;
  /** the table the values were read through, when they are codes */
  lookup: LookupTable | null;
}

const NONE: ContentEvidence = { ratio: null, exact: 0, lookup: null };
/** a table explains a column when it knows this share of its codes */
const LOOKUP_SHARE = 0.8;

function textOf(v: CellValue): string {
  if (v === null || typeof v === "object") return "";
  return String(v).trim();
}

/** the table that knows the most of these values as codes (most of them), if any */
export function lookupFor(f: CompiledField, values: readonly CellValue[], tables: readonly LookupTable[]): LookupTable | null {
  if (!tables.length || !values.length) return null;
  const codes = values.map(codeKey);
  if (codes.filter((c) => c !== null).length < values.length * LOOKUP_SHARE) return null;
  let best: LookupTable | null = null;
  let bestHits = 0;
  let bestFit = 0;
  for (const t of tables) {
    let hits = 0;
    for (const c of codes) if (c !== null && t.map.has(c)) hits++;
    if (hits < values.length * LOOKUP_SHARE) continue;
    const fit = headerScore(f, readHeader(t.header)).score;
    if (hits > bestHits || (hits === bestHits && fit > bestFit)) {
      best = t;
      bestHits = hits;
      bestFit = fit;
    }
  }
  return best;
}

/**
 * what one sampled text says, remembered: a column repeats its values, every field asks of every column,
 * and a round's workbooks repeat each other. Each memo is cleared when full, so memory stays bounded.
 */
const MEMO_LIMIT = 50_000;
const norms = new Map<string, string>();
const moneyOk = new Map<string, boolean>();
const dateOk = new Map<string, boolean>();
const vocabHits = new WeakMap<Vocab, Map<string, string | null>>();

function remember<V>(memo: Map<string, V>, key: string, work: (key: string) => V): V {
  let v = memo.get(key);
  if (v === undefined) {
    v = work(key);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, v);
  }
  return v;
}

const normOf = (s: string) => remember(norms, s, normalizeText);
const isMoney = (s: string) => remember(moneyOk, s, (t) => parseMoneyText(normOf(t), t) !== null);
const isDate = (s: string) => remember(dateOk, s, (t) => parseDateText(t) !== null);

function vocabHit(vocab: Vocab, norm: string): string | null {
  let memo = vocabHits.get(vocab);
  if (!memo) vocabHits.set(vocab, (memo = new Map()));
  return remember(memo, norm, (n) => matchVocab(vocab, n));
}

function countTexts(values: readonly CellValue[], raw: (v: CellValue) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) {
    const norm = normOf(raw(v));
    counts.set(norm, (counts.get(norm) ?? 0) + 1);
  }
  return counts;
}

function textsOf(sample: ColumnSample): Map<string, number> {
  return (sample.texts ??= countTexts(sample.values, textOf));
}

/** how well the sampled values fit the field */
export function contentEvidence(cc: CompiledCampaign, f: CompiledField, sample: ColumnSample, tables: readonly LookupTable[]): ContentEvidence {
  const values = sample.values;
  if (values.length === 0) return NONE;
  const vocab = cc.vocab.get(f.id);
  if (vocab && (f.type === "choice" || f.type === "nomineeType")) {
    const lookup = lookupFor(f, values, tables);
    let hit = 0;
    let exact = 0;
    // each distinct text is matched once, weighed by how often it occurs
    for (const [norm, n] of lookup ? countTexts(values, (v) => lookup.map.get(codeKey(v) ?? "") ?? textOf(v)) : textsOf(sample)) {
      if (vocab.exact.has(norm)) exact += n;
      if (vocabHit(vocab, norm) !== null) hit += n;
    }
    return { ratio: hit / values.length, exact: exact / values.length, lookup };
  }
  if (f.type === "money") {
    let ok = 0;
    for (const v of values) if (typeof v === "number" ? v >= 0 : typeof v === "string" && isMoney(v)) ok++;
    return { ratio: ok / values.length, exact: 0, lookup: null };
  }
  if (f.type === "date") {
    let ok = 0;
    for (const v of values) if (typeof v === "number" ? serialDay(v) !== null : typeof v === "string" && isDate(v)) ok++;
    return { ratio: ok / values.length, exact: 0, lookup: null };
  }
  return NONE;
}
