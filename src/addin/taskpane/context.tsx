// what every component of the pane reaches for: the workbook port and the language
import type { i18n } from "i18next";
import { createContext, useContext } from "react";
import type { Lang } from "../../engine/index.js";
import type { WorkbookPort } from "../port.js";

export interface PaneContextValue {
  port: WorkbookPort;
  i18n: i18n;
  t: i18n["t"];
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const v = useContext(PaneContext);
  if (!v) throw new Error("usePane outside <PaneContext>");
  return v;
}
