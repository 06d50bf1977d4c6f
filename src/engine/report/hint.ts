// a hint's message in a language, from its data alone (the pane switches language without checking again)
import type { DataValue, Hint, Lang, Localized } from "../types.js";

const WORDS: Readonly<Record<Lang, { lead: string; named: string; slogan: string; namedAndSlogan: string; forms: string; still: string }>> = {
  vi: {
    lead: "Danh sách này có vẻ thuộc kế hoạch “{name}” ({campaign})",
    named: "tiêu đề ghi {list}",
    slogan: "tiêu đề ghi tên phong trào của kế hoạch đó",
    namedAndSlogan: "tiêu đề ghi {list} và tên phong trào của kế hoạch đó",
    forms: "{fit}/{of} hình thức khen thưởng hợp với kế hoạch đó (kế hoạch đang dùng: {cfit}/{cof})",
    still: "Kết quả kiểm tra vẫn theo kế hoạch đang dùng.",
  },
  en: {
    lead: "This list seems to belong to the plan “{name}” ({campaign})",
    named: "the title names {list}",
    slogan: "the title names that plan's campaign",
    namedAndSlogan: "the title names {list} and that plan's campaign",
    forms: "{fit} of {of} award forms fit that plan (the plan used: {cfit} of {cof})",
    still: "The check still follows the plan it was run with.",
  },
};

const fill = (t: string, v: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (w, k: string) => (k in v ? String(v[k]) : w));

function tally(v: DataValue | undefined): { fit: number; of: number } | null {
  if (!v || typeof v !== "object" || Array.isArray(v)) return null;
  const { fit, of } = v as Record<string, DataValue>;
  return typeof fit === "number" && typeof of === "number" ? { fit, of } : null;
}

export function formatHint(h: Hint, lang: Lang): string {
  const w = WORDS[lang];
  const d = h.data;
  const name = d["name"] && typeof d["name"] === "object" && !Array.isArray(d["name"]) ? (d["name"] as unknown as Localized)[lang] : h.campaign;
  const reasons: string[] = [];
  const named = Array.isArray(d["named"]) ? d["named"].map(String) : [];
  const list = named.map((n) => `“${n}”`).join(", ");
  const slogan = d["slogan"] === true;
  if (named.length) reasons.push(fill(slogan ? w.namedAndSlogan : w.named, { list }));
  else if (slogan) reasons.push(w.slogan);
  const forms = tally(d["forms"]);
  const mine = tally(d["checkedForms"]);
  if (forms && mine) reasons.push(fill(w.forms, { fit: forms.fit, of: forms.of, cfit: mine.fit, cof: mine.of }));
  const lead = fill(w.lead, { name, campaign: h.campaign });
  return `${lead}${reasons.length ? `: ${reasons.join("; ")}` : ""}. ${w.still}`;
}
