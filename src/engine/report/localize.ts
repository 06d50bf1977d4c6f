// a report's words in one language: finding messages, the campaign's name, award-form labels, problems.
// Everything else in a report is language-neutral, so the pane switches language without checking again.
import type { Campaign } from "../campaign/schema.js";
import { vocabLabel, type CompiledCampaign } from "../campaign/compile.js";
import { compiledFor, lookedFor } from "../sheet/layout.js";
import type { Lang, Report, SheetProblem } from "../types.js";
import { formatFinding } from "./format.js";
import { formatHint } from "./hint.js";
import { renderTemplate } from "./messages.js";

/** the engine's own reasons; a file the edge could not read ("damaged") keeps the edge's message */
const PROBLEM: Readonly<Partial<Record<SheetProblem["reason"], Record<Lang, string>>>> = {
  empty: { vi: "Trang tính trống.", en: "The sheet is empty." },
  "not-a-list": {
    vi: "Không phải danh sách đề nghị khen thưởng (không có cột họ tên cùng cột hình thức khen thưởng, đối tượng hoặc đơn vị đề nghị).",
    en: "Not a nomination list (no name column together with an award form, nominee type or proposing unit column).",
  },
  "no-header": {
    vi: "Không tìm thấy dòng tiêu đề của danh sách (đã tìm các cột: {{looked}}).",
    en: "No header row found (looked for the columns: {{looked}}).",
  },
};

export function problemMessage(reason: SheetProblem["reason"], looked: readonly string[], lang: Lang): string {
  const template = PROBLEM[reason]?.[lang];
  return template === undefined ? "" : renderTemplate(template, { looked: looked.join("; ") });
}

/** the report in `lang`; a new report unless `inPlace` (the check's own, just made) */
export function localizeReport(report: Report, campaign: Campaign | CompiledCampaign, lang: Lang, inPlace = false): Report {
  const cc = "byId" in campaign ? campaign : compiledFor(campaign);
  const vocab = cc.vocab.get("awardForm");
  const looked = lookedFor(cc, lang);
  const out: Report = inPlace ? report : { ...report, campaign: { ...report.campaign }, findings: report.findings.map((f) => ({ ...f })) };
  out.campaign.name = cc.campaign.name[lang];
  for (const f of out.findings) f.message = formatFinding(f, lang, cc);
  // reports made before hints existed (a stored outcome) have none
  out.hints = (report.hints ?? []).map((h) => ({ ...h, message: formatHint(h, lang) }));
  out.awardForms = report.awardForms.map((a) => (vocab?.entries.some((e) => e.id === a.form) ? { ...a, label: vocabLabel(cc, "awardForm", a.form, lang) } : a));
  out.problems = report.problems.map((p) => {
    const l = p.reason === "no-header" ? looked : [];
    return PROBLEM[p.reason] ? { ...p, lookedFor: l, message: problemMessage(p.reason, l, lang) } : p;
  });
  return out;
}
