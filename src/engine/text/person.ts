// a nominee's name as a person, for telling whether two rows name the same one: honorifics, ranks,
// titles and the household wording set aside ("Ông Trương Quang Sáng" is "Trương Quang Sáng")
import { cleanText } from "./normalize.js";

/** words written before a name; longest first so "Gia đình ông" goes before "Gia đình" */
const BEFORE_NAME = [
  // households
  "hộ gia đình ông", "hộ gia đình bà", "gia đình ông", "gia đình bà", "hộ ông", "hộ bà", "hộ gia đình", "gia đình", "hộ",
  // address
  "đồng chí", "đ/c", "đ.c", "đc", "ông", "bà", "anh", "chị", "cụ ông", "cụ bà", "cụ",
  // army and police ranks (Luật Sĩ quan QĐND, Luật CAND)
  "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
  "đại úy", "đại uý", "thượng úy", "thượng uý", "trung úy", "trung uý", "thiếu úy", "thiếu uý", "chuẩn úy", "chuẩn uý",
  "thượng sĩ", "trung sĩ", "hạ sĩ", "binh nhất", "binh nhì", "chiến sĩ",
  // academic and honorary titles
  "gs.ts", "pgs.ts", "gs", "pgs", "ts", "ths", "bs", "bsckii", "bscki", "ds", "ks", "ngưt", "ngnd", "nsưt", "nsnd", "bác sĩ", "nhà giáo ưu tú", "nhà giáo nhân dân",
].sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** one such word at the start, then a dot, colon or space */
const PREFIX = new RegExp(`^(?:${BEFORE_NAME.map(escape).join("|")})(?:\\.|:)?\\s+`, "iu");

/** the name without the words before it; unchanged when fewer than two words would remain */
export function personName(text: string): string {
  return personNameOfClean(cleanText(text));
}

/** personName of text already clean (cleanText), as a parsed value's text is */
export function personNameOfClean(clean: string): string {
  let t = clean;
  for (let i = 0; i < 4; i++) {
    const m = PREFIX.exec(t);
    if (!m) break;
    const rest = t.slice(m[0].length);
    if (rest.split(" ").length < 2) break;
    t = rest;
  }
  return t;
}

// names as compared for duplicates: letter by letter without case. Worked out over the letters, with no
// lowercased copy of each name (a check of a 100,000-row list would keep 100,000 new strings for it)
const lowerOf = new Uint16Array(65536); // 0: not worked out yet (U+0000 is ASCII, never looked up)

/** one UTF-16 unit without case (the unit itself when its lowercase is not one unit, as for İ) */
function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerOf[c] as number;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerOf[c] = l;
  }
  return l;
}

/** a number for a name (FNV-1a over its letters without case): equal names, equal numbers */
export function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ fold(name.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}

/** the same name, but for case (what nameHash equates) */
export function sameName(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && fold(x) !== fold(y)) return false;
  }
  return true;
}
