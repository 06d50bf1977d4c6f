// "this list seems to belong to another campaign": judged per sheet from its title block and its content,
// against candidate campaigns given as data (the command and the pane give the built-in presets). Never a
// switch: the check stays as asked; the hint is a line beside the findings. Conservative by design — a hint
// needs the title to name the other campaign clearly, or the content to fit it clearly and the checked one
// badly; a user's own rule file that fits gets none. Candidates are compiled only when the title points at
// them or the checked campaign fits badly, so a list that fits its campaign costs no compile at all.
import type { Campaign } from "../campaign/schema.js";
import type { CompiledCampaign } from "../campaign/compile.js";
import { compiledFor } from "../sheet/layout.js";
import type { SheetEvidence } from "./evidence.js";
import { campaignFit, type Fit } from "./fit.js";
import { campaignIdentity } from "./identity.js";
import { OWN_WEIGHT, PLACE_WEIGHT, phraseCounts, placesNamed, titleScore, type TitleScore } from "./title.js";

/** the title's evidence for the other campaign must beat the checked one's by this much */
export const TITLE_MARGIN = OWN_WEIGHT - 1;
/** by the title: the other campaign's content fit at least this, and not clearly worse than the checked one's */
export const MIN_FIT = 0.6;
export const FIT_SLACK = 0.1;
/** a user's own rule file fitting at least this well gets no hint */
export const OWN_FILE_FITS = 0.6;
/**
 * by content alone: the checked campaign fits at most this, the other at least that, ahead of every other both
 * in all and in its values alone by the margin — richer presets need more columns, so columns alone would
 * favour the plainest preset; the values (award forms a plan allows) are what tells plans apart
 */
export const CONTENT_POOR = 0.5;
export const CONTENT_GOOD = 0.9;
export const CONTENT_MARGIN = 0.25;
/** sampled values judged before content alone may speak */
export const MIN_VALUES = 5;

export interface Suggestion {
  campaign: Campaign;
  title: TitleScore;
  fit: Fit;
  checkedFit: Fit;
  /** what decided it */
  by: "title" | "content";
}

/** the candidate this sheet fits clearly better than the campaign it was checked against, or null */
export function suggestCampaign(checked: CompiledCampaign, candidates: readonly Campaign[], ev: SheetEvidence, ownFile: boolean): Suggestion | null {
  const others = candidates.filter((c) => c.id !== checked.campaign.id);
  if (!others.length) return null;
  const ids = others.map(campaignIdentity);
  const mine = campaignIdentity(checked.campaign);
  const named = placesNamed(ev.title, [mine, ...ids]);
  const counts = phraseCounts([mine, ...ids]);
  const tMine = titleScore(mine, ev.title, named, counts);
  const scored = others.map((c, i) => ({ c, t: titleScore(ids[i]!, ev.title, named, counts) }));
  let checkedFit: Fit | undefined;
  const fitMine = () => (checkedFit ??= campaignFit(checked, ev));
  if (ownFile && fitMine().score >= OWN_FILE_FITS) return null;

  // by the title: one candidate named clearly more than any other and than the checked campaign
  const best = scored.reduce((a, b) => (b.t.score > a.t.score ? b : a));
  const unique = scored.filter((s) => s.t.score === best.t.score).length === 1;
  if (unique && !best.t.conflict && best.t.score >= PLACE_WEIGHT && best.t.score >= tMine.score + TITLE_MARGIN) {
    const fit = campaignFit(compiledFor(best.c), ev);
    if (fit.score >= MIN_FIT && fit.score >= fitMine().score - FIT_SLACK) return { campaign: best.c, title: best.t, fit, checkedFit: fitMine(), by: "title" };
    return null;
  }

  // by content alone: the title says nothing for the checked campaign, which fits badly; one candidate fits well
  if (tMine.score > 0 || fitMine().score > CONTENT_POOR) return null;
  const fits = scored.filter((s) => !s.t.conflict).map((s) => ({ ...s, fit: campaignFit(compiledFor(s.c), ev) }));
  if (!fits.length) return null;
  fits.sort((a, b) => b.fit.score - a.fit.score);
  const top = fits[0];
  if (top!.fit.score < CONTENT_GOOD || top!.fit.values.of < MIN_VALUES) return null;
  const share = (f: Fit) => (f.values.of ? f.values.fit / f.values.of : 0);
  for (const other of fits.slice(1))
    if (top!.fit.score - other.fit.score < CONTENT_MARGIN || share(top!.fit) - share(other.fit) < CONTENT_MARGIN) return null;
  return { campaign: top!.c, title: top!.t, fit: top!.fit, checkedFit: fitMine(), by: "content" };
}
