// Office errors turned into kinds the pane can explain; never a stack trace in front of a user

export type AddinErrorKind =
  | "api-missing"
  | "sheet-not-found"
  | "sheet-protected"
  | "workbook-protected"
  | "no-header"
  | "empty-sheet"
  | "sheet-changed"
  | "payload-too-large"
  | "busy"
  /** Excel is in cell-edit mode (a batch sent without delayForCellEdit, or one Excel refused anyway) */
  | "cell-editing"
  /** Excel could not finish this time: another workbook took focus, the selection moved, an internal error */
  | "try-again"
  | "invalid-campaign"
  /** the check was stopped: by the user, by a newer check, or because the pane closed */
  | "cancelled"
  /** the engine itself failed (in the worker or on the main thread) */
  | "engine-failed"
  | "unknown";

export class AddinError extends Error {
  readonly kind: AddinErrorKind;
  readonly detail: string;
  constructor(kind: AddinErrorKind, detail = "") {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = "AddinError";
    this.kind = kind;
    this.detail = detail;
  }
}

const BY_CODE: Record<string, AddinErrorKind> = {
  ApiNotFound: "api-missing",
  ItemNotFound: "sheet-not-found",
  AccessDenied: "sheet-protected",
  RequestPayloadSizeLimitExceeded: "payload-too-large",
  ResponsePayloadSizeLimitExceeded: "payload-too-large",
  ActivityLimitReached: "busy",
  Conflict: "busy",
  EditModeCellEditing: "cell-editing",
  // "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB ..." (office-js #3388, #625)
  InvalidOperationInCellEditMode: "cell-editing",
  // passing conditions worth one more try (Excel.ErrorCodes): an internal error, a selection that moved,
  // the workbook losing focus to another one
  GeneralException: "try-again",
  InvalidSelection: "try-again",
  InactiveWorkbook: "try-again",
};

/** an InvalidOperation that says it is cell-edit mode is that, not a protected workbook */
function kindOf(code: string, message: string): AddinErrorKind {
  if (code === "InvalidOperation" && /cell[- ]?edit/i.test(message)) return "cell-editing";
  return BY_CODE[code] ?? (/protect/i.test(message) ? "sheet-protected" : "unknown");
}

export function errorCode(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return "";
}

export function isPayloadError(e: unknown): boolean {
  return BY_CODE[errorCode(e)] === "payload-too-large";
}

/** any thrown value to an AddinError; the detail keeps the host's one-line message, never the stack */
export function toAddinError(e: unknown): AddinError {
  if (e instanceof AddinError) return e;
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  const firstLine = message.split("\n")[0] ?? "";
  const kind = kindOf(code, firstLine);
  return new AddinError(kind, code ? `${code}: ${firstLine}` : firstLine);
}
