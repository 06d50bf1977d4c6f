// titles, award forms and ratings named in one cell: "Lao động tiên tiến, Chiến sĩ thi đua cơ sở", "CSTĐCS 2023, 2024"
import { matchVocab, type CompiledCampaign, type Vocab } from "../campaign/compile.js";
import { normalizeText } from "../text/normalize.js";

/** the vocabularies a mark can come from */
export type MarkField = "title" | "awardForm" | "rating";
export const MARK_FIELDS: readonly MarkField[] = ["title", "awardForm", "rating"];

/** several titles in one cell are split on , ; + and line breaks (and " và ") */
const SPLIT = /[,;+\n\r]|\s+và\s+|\s+\/\s+/;

/** the ids one vocabulary finds in a cell, each piece matched on its own */
export function idsInCell(v: Vocab | undefined, text: string): string[] {
  if (!v || !text) return [];
  const out: string[] = [];
  for (const piece of text.split(SPLIT)) {
    const n = normalizeText(piece);
    if (!n) continue;
    const id = matchVocab(v, n);
    if (id !== null && !out.includes(id)) out.push(id);
  }
  return out;
}

/** an "X" (or ✓, 1, "có") in a column that stands for one title */
export function isTick(text: string): boolean {
  const n = normalizeText(text);
  return n === "x" || n === "co" || n === "1" || n === "v" || /^[✓✔☑]$/.test(text.trim());
}

const MAX_WORDS = 8;

/** ids named anywhere in a text, with where they start (word index), longest phrase first */
function phrases(cc: CompiledCampaign, words: string[]): { at: number; end: number; field: MarkField; id: string }[] {
  const out: { at: number; end: number; field: MarkField; id: string }[] = [];
  for (let i = 0; i < words.length; ) {
    let hit: { at: number; end: number; field: MarkField; id: string } | null = null;
    for (let len = Math.min(MAX_WORDS, words.length - i); len >= 1 && !hit; len--) {
      const key = words.slice(i, i + len).join(" ");
      // short codes ("HT", "Tốt", "Cờ") are words of ordinary text too: only whole cells match them
      if (key.length < 4) continue;
      for (const field of MARK_FIELDS) {
        const id = cc.vocab.get(field)?.exact.get(key);
        if (id !== undefined) {
          hit = { at: i, end: i + len, field, id };
          break;
        }
      }
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}

export interface YearMark {
  year: number;
  field: MarkField;
  id: string;
}

/**
 * a text of earlier years' titles: "CSTĐCS 2023, 2024", "LĐTT 2022; CSTĐCS 2023", "Năm 2023: CSTĐCS";
 * within a piece (split on ; and line breaks) years follow the title they come after, or the first title if none came before
 */
export function marksInText(cc: CompiledCampaign, text: string): YearMark[] {
  const out: YearMark[] = [];
  for (const piece of text.split(/[;\n\r]/)) {
    const words = normalizeText(piece.replace(/(\d{4})\s*[-–/]\s*(\d{4})/g, "$2")).split(" ").filter(Boolean);
    const found = phrases(cc, words);
    if (!found.length) continue;
    const years: { at: number; year: number }[] = [];
    words.forEach((w, i) => {
      if (/^(19|20)\d{2}$/.test(w)) years.push({ at: i, year: Number(w) });
    });
    // "Năm 2023: CSTĐCS": the year comes first, and each year owns the titles after it
    const yearFirst = years.length > 0 && years[0]!.at < found[0]!.at;
    let owners: typeof found = [];
    years.forEach((y, k) => {
      const prev = k > 0 ? years[k - 1]!.at + 1 : 0;
      const next = k + 1 < years.length ? years[k + 1]!.at : words.length;
      if (yearFirst) owners = found.filter((f) => f.at > y.at && f.at < next);
      else {
        const between = found.filter((f) => f.at >= prev && f.end <= y.at);
        if (between.length) owners = between; // else: "CSTĐCS 2023, 2024" — the year shares the title before it
      }
      for (const f of owners) {
        if (!out.some((m) => m.year === y.year && m.id === f.id && m.field === f.field)) out.push({ year: y.year, field: f.field, id: f.id });
      }
    });
  }
  return out;
}

/** the ids of one vocabulary named anywhere in a text (a decision's title: "… TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2024") */
export function idsInText(cc: CompiledCampaign, field: MarkField, text: string): string[] {
  const words = normalizeText(text).split(" ").filter(Boolean);
  return [...new Set(phrases(cc, words).filter((p) => p.field === field).map((p) => p.id))];
}
