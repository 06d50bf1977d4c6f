// a discipline cell: none, pending (being considered, investigated, inspected), or disciplined until a day
import { normalizeText } from "../text/normalize.js";
import type { CellValue } from "../types.js";
import { fromSerial, parseDateText, serialDay } from "../values/date.js";

export type Discipline =
  | { kind: "none" }
  | { kind: "pending"; text: string }
  /** until: the last serial day of the discipline, null when the cell gives none */
  | { kind: "disciplined"; text: string; until: number | null };

const NONE = /^(?:khong|khong co|khong bi ky luat|chua|chua bi ky luat|0|x|ok|binh thuong)$/;
// NĐ 152/2025 Điều 4 (4): "đang xem xét thi hành kỷ luật hoặc điều tra, thanh tra, kiểm tra … đơn thư khiếu nại, tố cáo … đang được xác minh"
const PENDING = /\b(?:dang|chua ket thuc|chua co ket luan)\b.*\b(?:ky luat|dieu tra|thanh tra|kiem tra|xac minh|xem xet|khieu nai|to cao|don thu)\b|\b(?:dang bi|dang xem xet|dang dieu tra|dang thanh tra|dang kiem tra|dang xac minh)\b|\bdon thu\b.*\b(?:chua|dang)\b/;
const DATE_TOKEN = /\b(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*[/.-]\s*\d{4})\b/g;
const UNTIL_YEAR = /\b(?:den|het|toi)\b[^0-9]*(?:nam )?((?:19|20)\d{2})\b/;

/** the discipline a cell states; dates in text are read day first, the last one is the end */
export function readDiscipline(v: CellValue, text: string): Discipline {
  if (v === null || text.trim() === "" || text.trim() === "-") return { kind: "none" };
  if (typeof v === "number") {
    // a date cell: disciplined until that day
    const d = serialDay(v);
    return { kind: "disciplined", text, until: d ? d.to : null };
  }
  const n = normalizeText(text);
  if (NONE.test(n)) return { kind: "none" };
  if (PENDING.test(n)) return { kind: "pending", text };
  let until: number | null = null;
  for (const m of text.matchAll(DATE_TOKEN)) {
    const d = parseDateText(m[1] as string);
    if (d) until = d.to;
  }
  if (until === null) {
    const y = UNTIL_YEAR.exec(n);
    if (y) until = parseDateText(y[1] as string)?.to ?? null;
  }
  return { kind: "disciplined", text, until };
}

/** the first year whose achievements count after a discipline that ended on that day */
export function firstCountingYear(until: number): number {
  const { y, m, d } = fromSerial(until);
  // ended on 31 December: the next year counts whole
  return m === 12 && d === 31 ? y + 1 : y + 1;
}
