// which ExcelApi requirement sets this host has, checked at run time

export const BASE_API = "1.9"; // RangeAreas, getCellProperties, getSpecialCells
export const COMMENTS_API = "1.10";
export const SHEET_KEYS_API = "1.12"; // worksheet custom properties: the ledger's own sheet keys
export const MERGES_API = "1.13"; // Range.getMergedAreasOrNullObject
export const NOTES_API = "1.18";

export type AnnotationMode = "note" | "comment" | "none";

export interface Capabilities {
  base: boolean;
  comments: boolean;
  /** merged areas can be read (1.13); without them a two-row merged header is found from its cells alone */
  merges: boolean;
  /** worksheet custom properties (1.12), where each marked sheet keeps its key; else sheets go by name */
  sheetKeys: boolean;
  notes: boolean;
}

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  const safe = (v: string): boolean => {
    try {
      return isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  return { base: safe(BASE_API), comments: safe(COMMENTS_API), merges: safe(MERGES_API), sheetKeys: safe(SHEET_KEYS_API), notes: safe(NOTES_API) };
}

/** notes where the host has them (Microsoft 365, web), threaded comments otherwise (Office 2021, 2024) */
export function annotationMode(c: Capabilities): AnnotationMode {
  if (c.notes) return "note";
  if (c.comments) return "comment";
  return "none";
}

/** features the user should be told are missing, as stable ids for the UI's messages */
export function missingFeatures(c: Capabilities): ("base" | "notes" | "annotations")[] {
  if (!c.base) return ["base"];
  if (c.notes) return [];
  return c.comments ? ["notes"] : ["annotations"];
}
