// i18next with the two languages inline; Vietnamese by default, English when Office is not Vietnamese
import i18next, { type i18n } from "i18next";
import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../../../engine/index.js";
import { en } from "./en.js";
import { vi } from "./vi.js";

export function createI18n(lang: Lang): i18n {
  const inst = i18next.createInstance();
  void inst.init({
    lng: lang,
    fallbackLng: "vi",
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return inst;
}

/** "50.000" in Vietnamese, "50,000" in English */
export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "en" ? "en-US" : "vi-VN");
}

/** values named like these are places in a sheet (row 1005, not 1.005) and stay as they are */
const PLACES = new Set(["row", "cell", "column", "year"]);

/** every count passed to t gets the language's thousands separators */
function withNumbers(t: i18n["t"], lang: Lang): i18n["t"] {
  return ((key: string, opts?: unknown) => {
    if (!opts || typeof opts !== "object") return t(key, opts as never);
    const o: Record<string, unknown> = { ...(opts as Record<string, unknown>) };
    for (const [k, v] of Object.entries(o)) if (typeof v === "number" && !PLACES.has(k)) o[k] = formatNumber(v, lang);
    return t(key, o as never);
  }) as i18n["t"];
}

/** re-renders the caller when the language changes */
export function useLanguage(inst: i18n): { t: i18n["t"]; lang: Lang } {
  const [lang, setLang] = useState<Lang>(inst.language === "en" ? "en" : "vi");
  useEffect(() => {
    const on = (l: string) => setLang(l === "en" ? "en" : "vi");
    inst.on("languageChanged", on);
    return () => inst.off("languageChanged", on);
  }, [inst]);
  // one t per language, so hooks that depend on it do not re-run on every render
  const t = useMemo(() => withNumbers(inst.getFixedT(lang), lang), [inst, lang]);
  return { t, lang };
}
