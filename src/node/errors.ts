// typed reading errors; the CLI turns each code into one line in the user's language

export type WorkbookErrorCode =
  | "missing-file" // no such file
  | "not-a-file" // a directory or something else where a file was expected
  | "unreadable" // exists but cannot be opened (permissions)
  | "not-xlsx" // not a zip container, or a zip that is not an Excel workbook
  | "legacy-xls" // an OLE/CFB container holding an Excel 97-2003 workbook
  | "encrypted" // an OLE/CFB container holding an encrypted (password-protected) package
  | "corrupt" // a zip container that cannot be read to the end
  | "damaged" // a part of the workbook (a sheet, the shared strings …) that cannot be read whole
  | "empty" // a workbook with no cells at all
  | "sheet-not-found" // --sheet names no sheet of the workbook
  | "out-is-input"; // --out would overwrite an input

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly file: string;
  /** message data, e.g. { kind: "csv" } or { sheets: "A, B" } */
  readonly data: Record<string, string>;

  constructor(code: WorkbookErrorCode, file: string, data: Record<string, string> = {}, cause?: unknown) {
    super(`${code}: ${file}${data["detail"] ? ` (${data["detail"]})` : ""}`, cause === undefined ? undefined : { cause });
    this.name = "WorkbookError";
    this.code = code;
    this.file = file;
    this.data = data;
  }
}

export function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError;
}
