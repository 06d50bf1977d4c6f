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
  /** this value's number among the distinct values of its column in one check (see numberValue); -1 if none */
  readonly slot: number;
}

/** every value has this one class, so the rules' reads of its fields stay monomorphic */
class Value implements Parsed {
  slot = -1;
  constructor(
    readonly text: string,
    private n: string | undefined, // normalised text, worked out only if a rule asks for it
    readonly id: string | null,
    readonly num: number | null,
    readonly hi: number | null,
    readonly empty: boolean,
    readonly bad: boolean,
    readonly error: boolean,
  ) {}
  get norm(): string {
    if (this.n === undefined) this.n = normalizeText(this.text);
    return this.n;
  }
}

/** a column cache numbers the values it keeps, so rules can remember results per value in arrays */
export function numberValue(p: Parsed, slot: number): void {
  // parseCell gives a new value each time, except the shared EMPTY
  if (p !== EMPTY && p instanceof Value) p.slot = slot;
}

// not frozen: a frozen object has a shape of its own
export const EMPTY: Parsed = new Value("", "", null, null, null, true, false, false);

/** a value that cannot be read as its field (e.g. a code no table of the workbook knows) */
export function unreadable(text: string): Parsed {
  return bad(text);
}

function bad(text: string, error = false): Parsed {
  return new Value(text, normalizeText(text), null, null, null, false, true, error);
}

function num(text: string, n: number, hi: number | null = null): Parsed {
  return new Value(text, "", null, n, hi, false, false, false);
}

/** free text; a vocabulary id when it names one */
function txt(text: string, id: string | null = null, norm?: string): Parsed {
  return new Value(text, norm, id, null, null, false, false, false);
}

/** the value a section row ("II. TẬP THỂ") sets for the rows under it */
export function idValue(id: string): Parsed {
  return txt("", id, id);
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
      return id === null ? bad(t) : txt(t, id, norm);
    }
    case "choice": {
      const norm = normalizeText(t);
      return txt(t, vocab ? matchVocab(vocab, norm) : null, norm);
    }
    default:
      return txt(t);
  }
}
