// the choices the forms offer: built-in vocabularies and fields, with the campaign's own added or replacing
import { BUILTIN_FIELDS, BUILTIN_VALUES, type Lang } from "../../../../engine/index.js";
import type { Draft, Json } from "./draft.js";
import type { Choice } from "./inputs.js";

export interface VocabChoice extends Choice {
  own: boolean;
}

/** households are a nominee type of their own under the 2022 law; offered even where the engine lacks it */
const HOUSEHOLD = { id: "household", label: { vi: "Hộ gia đình", en: "Household" }, synonyms: ["Hộ gia đình", "Hộ", "HGĐ", "HOGIADINH"] };

export const extraBuiltins = (field: string) => (field === "nomineeType" && !BUILTIN_VALUES["nomineeType"]?.some((e) => e.id === "household") ? [HOUSEHOLD] : []);

const labelOf = (e: Json, lang: Lang): string => {
  const l = e["label"] as { vi?: string; en?: string } | undefined;
  return (lang === "en" ? l?.en || l?.vi : l?.vi) || String(e["id"]);
};

export function vocabChoices(d: Draft, field: string, lang: Lang): VocabChoice[] {
  const own = d.values[field] ?? [];
  const builtin = [...(BUILTIN_VALUES[field] ?? []), ...extraBuiltins(field)] as unknown as Json[];
  const ids = new Set(builtin.map((e) => e["id"] as string));
  return [
    ...builtin.map((b) => {
      const o = own.find((e) => e["id"] === b["id"]);
      return { value: b["id"] as string, label: labelOf(o ?? b, lang), own: false };
    }),
    ...own.filter((e) => !ids.has(e["id"] as string)).map((e) => ({ value: e["id"] as string, label: labelOf(e, lang), own: true })),
  ];
}

export function vocabLabel(d: Draft, field: string, id: string, lang: Lang): string {
  return vocabChoices(d, field, lang).find((c) => c.value === id)?.label ?? id;
}

/** every field the campaign can use (built-in and its own), optionally of some types only */
export function fieldChoices(d: Draft, lang: Lang, types?: string[]): Choice[] {
  const own = d.fields.map((f) => ({ id: f["id"] as string, type: (f["type"] as string | undefined) ?? "text", label: f["label"] as { vi: string; en: string } | undefined }));
  const builtin = BUILTIN_FIELDS.filter((b) => !own.some((o) => o.id === b.id)).map((b) => ({ id: b.id, type: b.type as string, label: b.label as { vi: string; en: string } | undefined }));
  return [...builtin, ...own]
    .filter((f) => !types || types.includes(f.type))
    .map((f) => ({ value: f.id, label: (lang === "en" ? f.label?.en || f.label?.vi : f.label?.vi) || f.id }));
}

export function fieldLabelOf(d: Draft, id: string, lang: Lang): string {
  return fieldChoices(d, lang).find((c) => c.value === id)?.label ?? id;
}
