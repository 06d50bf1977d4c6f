// telling data rows from section rows ("I. CÁ NHÂN"), totals ("Tổng cộng") and the signature block
import { matchVocabContains, type CompiledCampaign } from "../campaign/compile.js";
import { normalizeText } from "../text/normalize.js";
import type { CellValue } from "../types.js";
import type { Grid } from "./grid.js";

export type RowKind = "data" | "blank" | "section" | "total" | "signature";

export interface SectionContext {
  /** field id -> vocabulary id the section sets, e.g. nomineeType: collective */
  values: Record<string, string>;
}

/** shared answers for the common cases: no object per row */
const DATA: { kind: RowKind } = { kind: "data" };
const BLANK: { kind: RowKind } = { kind: "blank" };

/** a cell with something in it; most start with a printable character, so trim() is seldom needed */
function filled(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v !== "string") return true;
  const c = v.charCodeAt(0); // NaN for ""
  if ((c > 32 && c < 0xa0) || (c > 0xa0 && c < 0x1680)) return true;
  return v.trim() !== "";
}

const NUMBERED = /^\s*(?:[IVXLC]{1,5}|[A-Za-z]|\d{1,2}(?:\.\d{1,2})?)\s*[.)/:-]\s*\S/;
const ROMAN_ONLY = /^\s*[IVXLC]{1,5}\s*\.?\s*$/;
const TOTAL = /^(tong cong|tong so|cong|total|tong)\b/;
const SIGNATURE = /(nguoi lap bieu|thu truong|ky ten|ky ghi ro ho ten|dong dau|xac nhan cua|nguoi lap)/;
const PLACE_DATE = /^(?:[a-z]+ ){1,6}ngay\b.*\bthang\b.*\bnam\b/; // "Kiên Giang, ngày 12 tháng 10 năm 2021", normalised

export class RowClassifier {
  private readonly sectionFields = ["rewardKind", "nomineeType"];

  constructor(
    private readonly cc: CompiledCampaign,
    private readonly grid: Grid,
  ) {}

  classify(r: number): { kind: RowKind; section?: SectionContext } {
    const g = this.grid;
    const row = g.input.rows[r - g.rowOffset];
    if (!row) return BLANK;
    // count first: most rows are data rows with many cells and need no text at all
    let nonEmpty = 0;
    let errors = 0; // formula errors: a template's VLOOKUP columns show #N/A down empty rows
    for (let j = 0; j < row.length && nonEmpty - errors <= 4; j++) {
      const v = row[j];
      if (filled(v)) {
        nonEmpty++;
        if (typeof v === "object") errors++;
      }
    }
    if (nonEmpty > 0 && nonEmpty === errors) return BLANK;
    if (nonEmpty > 4) return DATA;
    const texts: string[] = [];
    for (let j = 0; j < row.length; j++) if (filled(row[j])) texts.push(g.text(r, j + g.colOffset));
    if (nonEmpty === 0) return BLANK;
    // a pre-numbered empty row: only its STT
    if (nonEmpty === 1 && /^\d{1,4}\.?$/.test(texts[0] ?? "")) return BLANK;
    const first = normalizeText(texts[0] ?? "");
    if (TOTAL.test(first)) return { kind: "total" };
    const joined = normalizeText(texts.join(" "));
    if (SIGNATURE.test(joined) || PLACE_DATE.test(first)) return { kind: "signature" };
    if (nonEmpty <= 2) {
      const head = texts[0] ?? "";
      const numbered = NUMBERED.test(head) || ROMAN_ONLY.test(head);
      // "I" | "CÁ NHÂN" in two cells, or "II. TẬP THỂ" in one
      if (numbered || nonEmpty === 1) {
        const label = normalizeText(texts.join(" ").replace(NUMBERED_PREFIX, "").replace(ROMAN_ONLY, ""));
        const values: Record<string, string> = {};
        for (const f of this.sectionFields) {
          const voc = this.cc.vocab.get(f);
          const id = voc ? matchVocabContains(voc, label) : null;
          if (id) values[f] = id;
        }
        const upper = texts.join(" ") === texts.join(" ").toUpperCase();
        if (Object.keys(values).length > 0 || (numbered && upper && /\p{L}{2}/u.test(texts.join(" "))))
          return { kind: "section", section: { values } };
      }
    }
    return DATA;
  }
}

const NUMBERED_PREFIX = /^\s*(?:[IVXLC]{1,5}|[A-Za-z]|\d{1,2}(?:\.\d{1,2})?)\s*[.)/:-]\s*/;
