// the command line's strings through i18next; Vietnamese by default, English with --lang en
import i18next from "i18next";
import type { Lang } from "../engine/core.js";
import { en } from "./locales/en.js";
import { vi } from "./locales/vi.js";

export type T = (key: string, data?: Record<string, string | number>) => string;

export function createT(lang: Lang): T {
  const inst = i18next.createInstance();
  void inst.init({
    lng: lang,
    fallbackLng: "vi",
    initAsync: false,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<typeof inst.init>[0]);
  return (key, data) => inst.t(key, data ?? {}) as string;
}

/** --lang read ahead of parsing, so that argument errors too speak the user's language */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "en" || v === "vi") return v;
  }
  return "vi";
}
