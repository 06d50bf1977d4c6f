// numbers and money as clerks type them: "75.000.000 đ", "75,000,000", "75 triệu", "1,2 tỷ", "55%"

const MULTIPLIERS: Record<string, number> = {
  ty: 1e9,
  ti: 1e9,
  trieu: 1e6,
  tr: 1e6,
  nghin: 1e3,
  ngan: 1e3,
  k: 1e3,
  dong: 1,
  d: 1,
  vnd: 1,
  vnđ: 1,
};

/** "1.234.567,5" / "1,234,567.5" / "75.000" → number; hasUnit makes a lone "," or "." decimal unless 3 digits follow a "." */
export function parseDecimal(token: string, hasUnit = false): number | null {
  const t = token.replace(/[\s\u00a0]/g, "");
  if (!/^[+-]?\d[\d.,]*$/.test(t) && !/^[+-]?[.,]\d+$/.test(t)) return null;
  const dots = t.split(".").length - 1;
  const commas = t.split(",").length - 1;
  let s: string;
  if (dots > 0 && commas > 0) {
    // the later separator is the decimal one
    s = t.lastIndexOf(",") > t.lastIndexOf(".") ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
  } else if (dots + commas === 0) s = t;
  else {
    const sep = dots > 0 ? "." : ",";
    const n = dots + commas;
    const groups = t.split(sep);
    const thousands = groups.slice(1).every((g) => g.length === 3) && (groups[0] as string).length <= 3;
    if (n > 1) {
      if (!thousands) return null;
      s = groups.join("");
    } else if (thousands && !(hasUnit && sep === ",")) s = groups.join("");
    else s = groups.join(".");
  }
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

const EMPTY_MARKS = new Set(["-", "--", "—", "–", "x"]);

/** money in VND from normalised text (lowercase, no accents); null = unreadable */
export function parseMoneyText(norm: string, raw: string): number | null {
  const t = raw.trim();
  if (EMPTY_MARKS.has(t)) return null;
  // tokens: numbers and words; pair each number with the multiplier that follows it
  const text = raw.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const tokens = text.match(/[+-]?\d[\d.,\s\u00a0]*\d|[+-]?\d|[a-z]+/g);
  if (!tokens || !/\d/.test(norm)) return null;
  const leftover = text.replace(/[+-]?\d[\d.,\s\u00a0]*\d|[+-]?\d|[a-z]+|[\s()\u00a0]/g, "");
  if (leftover.length > 0) return null;
  let total = 0;
  let pending: string | null = null;
  let sawNumber = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = (tokens[i] as string).trim();
    if (/\d/.test(tok)) {
      if (pending !== null) {
        const v = parseDecimal(pending);
        if (v === null) return null;
        total += v;
      }
      pending = tok;
      sawNumber = true;
    } else {
      const mult = MULTIPLIERS[tok];
      if (mult === undefined) return null;
      if (pending !== null) {
        const v = parseDecimal(pending, mult > 1);
        if (v === null) return null;
        total += v * mult;
        pending = null;
      }
    }
  }
  if (pending !== null) {
    const v = parseDecimal(pending);
    if (v === null) return null;
    total += v;
  }
  return sawNumber ? Math.round(total * 100) / 100 : null;
}

/** a plain number from text; null = unreadable */
export function parseNumberText(raw: string): number | null {
  return parseDecimal(raw.trim());
}

/** percent 0–100: "55%", "55,5 %", 55; numbers in [0,1] are fractions (a cell formatted as %) */
export function parsePercentValue(v: number | string): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? (v >= 0 && v <= 1 ? round9(v * 100) : v) : null;
  const t = v.trim();
  const m = /^([+-]?[\d.,\s]+)\s*%$/.exec(t);
  if (m) return parseDecimal(m[1] as string, true);
  const n = parseDecimal(t, true);
  return n === null ? null : n >= 0 && n <= 1 && /[.,]/.test(t) ? round9(n * 100) : n;
}

function round9(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
