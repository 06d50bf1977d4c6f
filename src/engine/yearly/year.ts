// the year a list or a past decision is about: "NĂM 2025", "Năm học 2025-2026", a year cell, a file name
import { normalizeText } from "../text/normalize.js";

const MIN = 1990;
const MAX = 2100;

function plausible(y: number): number | null {
  return Number.isInteger(y) && y >= MIN && y <= MAX ? y : null;
}

/** a school year "2025-2026" (or "2025 - 2026", "2025/2026") counts as the year it ends in */
const SCHOOL_YEAR = /\b((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})\b/;

/** a cell of a year column: 2025, "2025", "Năm 2025", "Năm học 2025-2026" */
export function yearOfCell(v: string | number | null): number | null {
  if (v === null) return null;
  if (typeof v === "number") return plausible(v);
  const t = v.trim();
  const school = SCHOOL_YEAR.exec(t);
  if (school) return schoolYear(school);
  const n = normalizeText(t);
  const m = /^(?:nam(?: hoc)? )?((?:19|20)\d{2})$/.exec(n);
  return m ? plausible(Number(m[1])) : null;
}

function schoolYear(m: RegExpExecArray): number | null {
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b === a + 1 ? plausible(b) : null;
}

// a signing date ("Hà Nội, ngày 15 tháng 01 năm 2026", "ngày 15/01/2026") is when the paper was written, not its year
const SIGNED = /\bngay (?:\d{1,2}|\.+) thang (?:\d{1,2}|\.+) nam (?:19|20)\d{2}\b/g;
const SIGNED_NUMERIC = /\bngay \d{1,2} \d{1,2} (?:19|20)\d{2}\b/g;

/** the year a list's title names: "… NĂM 2025", "… năm học 2024-2025"; the last one wins */
export function yearOfTitle(text: string): number | null {
  const raw = text.replace(/(\d{4})\s*[-–/]\s*(\d{4})/g, "$1 $2");
  const n = normalizeText(raw).replace(SIGNED, " ").replace(SIGNED_NUMERIC, " ");
  let found: number | null = null;
  for (const m of n.matchAll(/\bnam(?: hoc)? ((?:19|20)\d{2})(?: ((?:19|20)\d{2}))?\b/g)) {
    const a = Number(m[1]);
    const b = m[2] !== undefined ? Number(m[2]) : null;
    found = plausible(b !== null && b === a + 1 ? b : a) ?? found;
  }
  return found;
}

/** a header naming a year: "Xếp loại năm 2025", "Năm 2024", "2024" */
export function yearOfHeader(text: string): number | null {
  const t = yearOfTitle(text);
  if (t !== null) return t;
  const n = normalizeText(text);
  const m = /^((?:19|20)\d{2})$/.exec(n);
  return m ? plausible(Number(m[1])) : null;
}

/** the year in a file name ("qd-2024.xlsx", "QD CSTDCS 2023.xlsx"): the last four-digit year in it */
export function yearOfFileName(path: string): number | null {
  const base = path.split(/[\\/]/).pop() ?? path;
  const stem = base.replace(/\.[A-Za-z0-9]+$/, "");
  const school = SCHOOL_YEAR.exec(stem);
  if (school) return schoolYear(school);
  let found: number | null = null;
  for (const m of stem.matchAll(/(?:^|\D)((?:19|20)\d{2})(?=\D|$)/g)) found = plausible(Number(m[1])) ?? found;
  return found;
}
