// what people type into the editor's boxes: money as "50.000.000" or "50 triệu", dates as "1/3/2026"
import type { Lang } from "../../../../engine/index.js";

const UNITS: [RegExp, number][] = [
  [/\s*(?:tỷ|tỉ|ty)\s*$/i, 1e9],
  [/\s*(?:triệu|trieu|tr)\s*$/i, 1e6],
  [/\s*(?:nghìn|ngàn|nghin|ngan)\s*$/i, 1e3],
];

/** a number as typed (dots or spaces group thousands, a comma is the decimal mark); null when unreadable */
export function parseAmount(text: string): number | null {
  let t = text.trim().replace(/\s*(?:đồng|đ|vnđ|vnd)\.?\s*$/i, "");
  let scale = 1;
  for (const [re, k] of UNITS)
    if (re.test(t)) {
      t = t.replace(re, "");
      scale = k;
      break;
    }
  t = t.replace(/\s+/g, "");
  if (t === "") return null;
  let n: number;
  if (/^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) n = Number(t.replace(/\./g, "").replace(",", "."));
  else if (/^-?\d{1,3}(?:,\d{3})+$/.test(t) && scale === 1) n = Number(t.replace(/,/g, ""));
  else if (/^-?\d+(?:[.,]\d+)?$/.test(t)) n = Number(t.replace(",", "."));
  else return null;
  const v = n * scale;
  return Number.isFinite(v) ? Math.round(v * 1e6) / 1e6 : null;
}

export function formatAmount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 6 });
}

/** "1/3/2026", "01-03-2026", "2026-03-01" -> "2026-03-01"; null when it is not a day of the calendar */
export function parseDay(text: string): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "2026-03-01" -> "1/3/2026" (day first, as Vietnamese offices write it; English too, as in the sheets) */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : iso;
}

/** one entry a line (or separated by ";"), blanks dropped */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n|;/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** a label with the entry's name in it; the name is data, never a replacement pattern ($& stays "$&") */
export function withName(template: string, name: string): string {
  return template.replace("{{name}}", () => name);
}
