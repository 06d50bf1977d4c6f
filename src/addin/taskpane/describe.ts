// a failure as one sentence in the pane's language; never a stack trace
import type { i18n } from "i18next";
import { toAddinError } from "../shared/errors.js";

export function describeError(e: unknown, t: i18n["t"]): string {
  const err = toAddinError(e);
  return t(`errors.${err.kind}`, { detail: err.detail || err.kind });
}
