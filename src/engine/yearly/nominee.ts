// who a row is, for finding the same person in past decisions: the duplicates' keys, honorifics set aside
import { cleanText, normalizeText } from "../text/normalize.js";
import { personName } from "../text/person.js";
import { unitKey } from "../text/unit.js";
import { parseDateText, fromSerial } from "../values/date.js";

/** a person's name as compared: the duplicates' key (honorifics, ranks, titles set aside; accents kept, Lê ≠ Lệ) */
export function personKey(name: string): string {
  return personName(name).toLowerCase();
}

/** a unit as compared: the duplicates' unit key ("UBND huyện X" = "Huyện X") */
export function unitMatchKey(unit: string): string {
  return unitKey(normalizeText(unit));
}

/** two units are the same when their keys are equal or one names the other in whole words ("Trường THCS A" in "Giáo viên Trường THCS A") */
export function sameUnit(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 6 && (" " + long + " ").includes(" " + short + " ");
}

/** a birth date as [first, last] serial day (a year alone spans the year); null when unreadable */
export function birthSpan(v: string | number | null): [number, number] | null {
  if (v === null || v === "") return null;
  if (typeof v === "number") {
    if (v >= 1900 && v <= 2100 && Number.isInteger(v)) {
      const s = parseDateText(String(v));
      return s ? [s.from, s.to] : null;
    }
    return v > 0 ? [Math.floor(v), Math.floor(v)] : null;
  }
  const s = parseDateText(v.trim());
  return s ? [s.from, s.to] : null;
}

/** births agree unless both are known and cannot be the same day */
export function sameBirth(a: [number, number] | null, b: [number, number] | null): boolean {
  if (!a || !b) return true;
  return a[0] <= b[1] && b[0] <= a[1];
}

export function birthYear(b: [number, number] | null): number | null {
  return b ? fromSerial(b[0]).y : null;
}

// names of collectives start with the kind of body: "Phòng Nội vụ", "Trường THCS …", "Tổ Toán"; compared with
// accents, since "Tổ"/"Tô", "Vụ"/"Vũ", "Đoàn" (a union, and a surname) differ only there
const COLLECTIVE =
  /^(?:phòng|tổ|khoa|trường|ban|đội|công ty|trung tâm|ubnd|ủy ban|uỷ ban|sở|chi cục|cục|vụ|viện|bệnh viện|trạm|hội|chi bộ|đảng bộ|liên đoàn|hợp tác xã|htx|xí nghiệp|nhà máy|bộ phận|văn phòng|thanh tra|tập thể|lớp|khối|cụm|xã|phường|thị trấn|huyện|quận|thành phố|thị xã|công an|tiểu đoàn|trung đoàn|sư đoàn|lữ đoàn|đại đội|trung đội|kho bạc|chi nhánh|ngân hàng|tổng công ty|báo|đài|nhà xuất bản|thư viện|bảo tàng|đoàn thanh niên|công đoàn)(?=\s|$)/u;

/** a nominee the sheet does not type, guessed from the name: a collective's name starts with its kind of body */
export function looksCollective(name: string): boolean {
  return COLLECTIVE.test(cleanText(name).toLowerCase());
}
