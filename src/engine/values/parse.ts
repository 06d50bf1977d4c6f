// one cell into the value a rule reads, by the field's type; unreadable values are flagged, never guessed
import { matchVocab, type CompiledField, type Vocab } from "../campaign/compile.js";
import type { CellValue } from "../types.js";
import { cleanText, normalizeText } from "../text/normalize.js";
import { parseDateText, serialDay } from "./date.js";
import { parseMoneyText, parseNumberText, parsePercentValue } from "./number.js";

export interface Parsed {
  /** text as shown back to users ("" when empty) */
  readonly text: string;
  /** normalised text for comparisons */
  readonly norm: string;
  /** vocabulary id, for choice and nominee-type fields */
  readonly id: string | null;
  /** number, money, percent, or a date's first serial day */
  readonly num: number | null;
  /** a date's last serial day (month or year precision) */
  readonly hi: number | null;
  readonly empty: boolean;
  /** not readable as the field's type */
  readonly bad: boolean;
  /** came from a formula error cell */
  readonly error: boolean;
}

export const EMPTY: Parsed = Object.freeze({ text: "", norm: "", id: null, num: null, hi: null, empty: true, bad: false, error: false });

function bad(text: string, error = false): Parsed {
  return { text, norm: normalizeText(text), id: null, num: null, hi: null, empty: false, bad: true, error };
}

function num(text: string, n: number, hi: number | null = null): Parsed {
  return { text, norm: "", id: null, num: n, hi, empty: false, bad: false, error: false };
}

/** free text: its normalised form is worked out only if a rule asks for it */
class TextValue implements Parsed {
  private n: string | undefined;
  readonly num = null;
  readonly hi = null;
  readonly empty = false;
  readonly bad = false;
  readonly error = false;
  constructor(
    readonly text: string,
    readonly id: string | null,
  ) {}
  get norm(): string {
    if (this.n === undefined) this.n = normalizeText(this.text);
    return this.n;
  }
}

function txt(text: string, id: string | null = null): Parsed {
  return new TextValue(text, id);
}

export function parseCell(f: CompiledField, vocab: Vocab | undefined, v: CellValue): Parsed {
  if (v === null) return EMPTY;
  if (typeof v === "object") return bad(v.error, true);
  if (typeof v === "string") {
    const t = cleanText(v);
    if (t === "") return EMPTY;
    return parseString(f, vocab, t);
  }
  if (typeof v === "boolean") return f.type === "text" || f.type === "choice" ? txt(String(v).toUpperCase()) : bad(String(v).toUpperCase());
  // a number
  switch (f.type) {
    case "money":
    case "number":
      return Number.isFinite(v) ? num(String(v), v) : bad(String(v));
    case "percent": {
      const p = parsePercentValue(v);
      return p === null ? bad(String(v)) : num(String(v), p);
    }
    case "date": {
      const d = serialDay(v);
      return d === null ? bad(String(v)) : num(String(v), d.from, d.to);
    }
    case "nomineeType":
      return bad(String(v));
    default: {
      const t = String(v);
      return txt(t, vocab ? matchVocab(vocab, normalizeText(t)) : null);
    }
  }
}

function parseString(f: CompiledField, vocab: Vocab | undefined, t: string): Parsed {
  switch (f.type) {
    case "money": {
      const n = parseMoneyText(normalizeText(t), t);
      return n === null ? bad(t) : num(t, n);
    }
    case "number": {
      const n = parseNumberText(t);
      return n === null ? bad(t) : num(t, n);
    }
    case "percent": {
      const n = parsePercentValue(t);
      return n === null ? bad(t) : num(t, n);
    }
    case "date": {
      const d = parseDateText(t);
      return d === null ? bad(t) : num(t, d.from, d.to);
    }
    case "nomineeType": {
      const norm = normalizeText(t);
      const id = vocab ? matchVocab(vocab, norm) : null;
      return id === null ? bad(t) : { text: t, norm, id, num: null, hi: null, empty: false, bad: false, error: false };
    }
    case "choice": {
      const norm = normalizeText(t);
      return { text: t, norm, id: vocab ? matchVocab(vocab, norm) : null, num: null, hi: null, empty: false, bad: false, error: false };
    }
    default:
      return txt(t);
  }
}
