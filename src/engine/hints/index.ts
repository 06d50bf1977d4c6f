// the report's hints: one per sheet at most, language-neutral (messageId + data), rendered like findings
import type { Campaign } from "../campaign/schema.js";
import type { CompiledCampaign } from "../campaign/compile.js";
import type { Hint, HintCandidates } from "../types.js";
import type { SheetEvidence } from "./evidence.js";
import { suggestCampaign } from "./suggest.js";

export { impliedFields, sheetEvidence } from "./evidence.js";

export const WRONG_CAMPAIGN = "wrong-campaign";

const round = (n: number) => Math.round(n * 100) / 100;

export function resolveCandidates(c: HintCandidates | undefined): readonly Campaign[] {
  if (!c) return [];
  return typeof c === "function" ? c() : c;
}

/**
 * a hint per sheet that fits another candidate clearly better. The checked campaign counts as a built-in one
 * when a candidate has its id (a user's copy that keeps a preset's id means that plan); otherwise it is the
 * user's own rule file, and a fitting one gets no hint.
 */
export function campaignHints(cc: CompiledCampaign, candidates: readonly Campaign[], sheets: readonly SheetEvidence[]): Hint[] {
  if (!candidates.length) return [];
  const ownFile = !candidates.some((c) => c.id === cc.campaign.id);
  const out: Hint[] = [];
  for (const ev of sheets) {
    const s = suggestCampaign(cc, candidates, ev, ownFile);
    if (!s) continue;
    out.push({
      ...(ev.file !== undefined ? { file: ev.file } : {}),
      sheet: ev.sheet,
      campaign: s.campaign.id,
      message: "",
      messageId: WRONG_CAMPAIGN,
      data: {
        campaign: s.campaign.id,
        name: { vi: s.campaign.name.vi, en: s.campaign.name.en },
        checked: cc.campaign.id,
        by: s.by,
        named: s.title.named,
        slogan: s.title.slogan,
        fit: round(s.fit.score),
        checkedFit: round(s.checkedFit.score),
        ...(s.fit.awardForm && s.checkedFit.awardForm
          ? { forms: { fit: s.fit.awardForm.fit, of: s.fit.awardForm.of }, checkedForms: { fit: s.checkedFit.awardForm.fit, of: s.checkedFit.awardForm.of } }
          : {}),
      },
    });
  }
  return out;
}
