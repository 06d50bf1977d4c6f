// exceljs cell values -> the engine's CellValue, once, at the edge
import type { CellValue } from "../engine/index.js";
import { decodeLegacy, toSerial } from "../engine/index.js";

/** a formula whose cached result exceljs could not give (streaming reader, error result) */
export class UnreadableResult extends Error {}

type Rich = { richText: { text?: string }[] };

function plain(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "richText" in v) return ((v as Rich).richText ?? []).map((r) => r.text ?? "").join("");
  return v === null || v === undefined ? "" : String(v);
}

/**
 * converts one exceljs value; fontName lets TCVN3 text in ".Vn…" fonts be decoded here. With `stream`, a
 * formula without a readable result throws: exceljs's streaming reader drops error results.
 */
export function toCellValue(v: unknown, fontName?: string, stream = false): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : null;
    case "boolean":
      return v;
    case "string":
      return text(v, fontName);
    case "object":
      break;
    default:
      return null;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : toSerial(v);
  const o = v as Record<string, unknown>;
  if (typeof o["error"] === "string") return { error: o["error"] };
  if ("formula" in o || "sharedFormula" in o) {
    const r = o["result"];
    if (stream && (r === undefined || (typeof r === "number" && Number.isNaN(r)))) throw new UnreadableResult("formula result");
    if (r && typeof r === "object" && !(r instanceof Date) && "error" in r) return { error: String((r as { error: unknown }).error) };
    return toCellValue(r, fontName, stream);
  }
  if ("richText" in o) return text(plain(o), fontName);
  if ("hyperlink" in o || "text" in o) return text(plain(o["text"]), fontName);
  return null;
}

function text(s: string, fontName?: string): CellValue {
  if (s === "") return null;
  return decodeLegacy(s, fontName); // the font is the hint; decoded here, once, and not guessed again by the engine
}
