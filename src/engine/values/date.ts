// dates as Excel serial day numbers (1900 system); text read day first, as Vietnamese clerks write it

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** a JS Date (its UTC calendar day) to an Excel serial */
export function toSerial(d: Date): number {
  return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - EPOCH) / DAY);
}

export function serialOf(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - EPOCH) / DAY);
}

export function fromSerial(serial: number): { y: number; m: number; d: number } {
  const t = new Date(EPOCH + Math.floor(serial) * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const s = serialOf(y, m, d);
  if (s === null) throw new Error(`bad ISO date ${iso}`);
  return s;
}

/** dd/mm/yyyy in both languages (as Vietnamese offices write dates, and the English pane shows them) */
export function formatSerial(serial: number): string {
  const { y, m, d } = fromSerial(serial);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}

/** a serial day as YYYY-MM-DD: how dates travel in findings' data */
export function serialToIso(serial: number): string {
  const { y, m, d } = fromSerial(serial);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** a day, or a span for month or year precision ("11/2021", "tháng 11 năm 2021", "2021") */
export interface DateSpan {
  from: number;
  to: number;
}

function year(s: string): number {
  const y = Number(s);
  return s.length === 2 ? 2000 + y : y;
}

function monthSpan(y: number, m: number): DateSpan | null {
  const from = serialOf(y, m, 1);
  if (from === null) return null;
  const next = m === 12 ? serialOf(y + 1, 1, 1) : serialOf(y, m + 1, 1);
  return next === null ? null : { from, to: next - 1 };
}

function day(s: number | null): DateSpan | null {
  return s === null ? null : { from: s, to: s };
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/;
const YMD = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/;
const WORDS = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$/;
const MY = /^(?:thang\s*|t\s*)?(\d{1,2})\s*(?:[/.-]|\s*nam\s*)\s*(\d{4})$/;
const Y = /^(?:nam\s*)?(\d{4})$/;
const QUARTER = /^quy\s*(iv|i{1,3}|[1-4])\s*(?:[/.-]|nam)?\s*(\d{4})$/;
/** "từ 01/7/2020 đến 30/9/2020", "01/7/2020 - 30/9/2020": a span between two dates */
const RANGE = /^(?:tu\s+)?(.+?)\s+(?:-|–|den|toi)\s+(.+)$/;
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

function quarterSpan(q: number, y: number): DateSpan | null {
  const a = monthSpan(y, q * 3 - 2);
  const b = monthSpan(y, q * 3);
  return a && b ? { from: a.from, to: b.to } : null;
}

/** read a date typed as text; null means unreadable */
export function parseDateText(raw: string): DateSpan | null {
  const t = raw
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[,\s]+/g, " ")
    .trim()
    // "15/03/2020." and "ngày 01/07/2020": the sentence's full stop and the word "ngày" before a date
    .replace(/[.;]+$/, "")
    .replace(/^ngay\s+(?=\d{1,2}\s*[/.-])/, "");
  const one = parseOne(t);
  if (one) return one;
  const r = RANGE.exec(t);
  if (r) {
    const a = parseOne((r[1] as string).replace(/^ngay\s+(?=\d)/, ""));
    const b = parseOne((r[2] as string).replace(/^ngay\s+(?=\d)/, ""));
    if (a && b && a.from <= b.to) return { from: a.from, to: b.to };
  }
  return null;
}

function parseOne(t: string): DateSpan | null {
  let m = DMY.exec(t);
  if (m) return day(serialOf(year(m[3] as string), Number(m[2]), Number(m[1])));
  m = YMD.exec(t);
  if (m) return day(serialOf(Number(m[1]), Number(m[2]), Number(m[3])));
  m = WORDS.exec(t);
  if (m) return day(serialOf(Number(m[3]), Number(m[2]), Number(m[1])));
  m = MY.exec(t);
  if (m) return monthSpan(Number(m[2]), Number(m[1]));
  m = QUARTER.exec(t);
  if (m) return quarterSpan(QUARTERS[m[1] as string] as number, Number(m[2]));
  m = Y.exec(t);
  if (m) {
    const y = Number(m[1]);
    const from = serialOf(y, 1, 1);
    const to = serialOf(y, 12, 31);
    return from === null || to === null ? null : { from, to };
  }
  return null;
}

/** serial numbers Excel can show as dates: 1/1/1900 .. 31/12/9999 */
export function serialDay(n: number): DateSpan | null {
  if (!Number.isFinite(n) || n < 1 || n > 2_958_465) return null;
  const s = Math.floor(n);
  return { from: s, to: s };
}
