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
  let t = cleanText(text);
  for (let i = 0; i < 4; i++) {
    const m = PREFIX.exec(t);
    if (!m) break;
    const rest = t.slice(m[0].length);
    if (rest.split(" ").length < 2) break;
    t = rest;
  }
  return t;
}
