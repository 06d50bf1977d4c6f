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

/** re-renders the caller when the language changes */
export function useLanguage(inst: i18n): { t: i18n["t"]; lang: Lang } {
  const [lang, setLang] = useState<Lang>(inst.language === "en" ? "en" : "vi");
  useEffect(() => {
    const on = (l: string) => setLang(l === "en" ? "en" : "vi");
    inst.on("languageChanged", on);
    return () => inst.off("languageChanged", on);
  }, [inst]);
  // one t per language, so hooks that depend on it do not re-run on every render
  const t = useMemo(() => inst.getFixedT(lang), [inst, lang]);
  return { t, lang };
}
