// a sheet that declares itself a past decision by its title ("QUYẾT ĐỊNH … TẶNG DANH HIỆU … NĂM 2024"), and
// whether a campaign reads a history at all: the add-in offers such sheets as the history
import type { Campaign } from "../campaign/schema.js";
import { normalizeText } from "../text/normalize.js";
import type { SheetInput } from "../types.js";
import { yearOfTitle } from "./year.js";

const TITLE_ROWS = 10;
// an award decision or its attached list: "Quyết định", "được tặng", "được công nhận", "đã được khen thưởng"
const DECISION = /\b(?:quyet dinh|duoc tang|duoc cong nhan|da duoc khen thuong|duoc khen thuong|cong nhan danh hieu)\b/;

/** the year a sheet's title says it records awards of, or null when it does not look like a past decision */
export function declaredHistoryYear(input: SheetInput): number | null {
  const texts: string[] = [];
  for (const row of input.rows.slice(0, TITLE_ROWS)) for (const v of row) if (typeof v === "string" && v.trim()) texts.push(v);
  const text = texts.join(" \n ");
  if (!DECISION.test(normalizeText(text))) return null;
  return yearOfTitle(text);
}

/** a campaign with streak rules (N consecutive years) needs the years before the assessed one */
export function usesHistory(c: Campaign): boolean {
  return c.rules.some((r) => r.kind === "streak");
}
