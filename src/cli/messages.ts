// one line for each way a workbook cannot be read
import type { WorkbookError } from "../node/errors.js";
import type { T } from "./i18n.js";

export function workbookErrorLine(e: WorkbookError, t: T): string {
  const d = { file: e.file, ...e.data };
  switch (e.code) {
    case "not-xlsx":
      return t("err.not-xlsx", { ...d, kind: t(`kind.${e.data["kind"] ?? "binary"}`) });
    case "encrypted":
      return t(e.data["maybeXls"] ? "err.encrypted-or-xls" : "err.encrypted", d);
    case "empty":
      return t(e.data["sheet"] !== undefined ? "err.empty-sheet" : "err.empty", d);
    case "damaged":
      return t(e.data["sheet"] !== undefined ? "err.damaged-sheet" : "err.damaged-part", { ...d, detail: e.data["detail"] ?? "" });
    case "not-a-file":
      return t(e.data["special"] ? "err.not-regular" : "err.not-a-file", d);
    case "corrupt":
    case "unreadable":
      return t(`err.${e.code}`, { ...d, detail: e.data["detail"] ?? "" });
    default:
      return t(`err.${e.code}`, d);
  }
}
