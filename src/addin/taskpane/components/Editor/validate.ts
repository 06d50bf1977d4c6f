// the draft checked by the very schema `thidua rules check` uses; each error keyed by its JSON path
import { parseCampaign, type Campaign, type Lang } from "../../../../engine/index.js";
import { ruleFile, type Draft } from "./draft.js";

export interface Validation {
  campaign: Campaign | null;
  /** JSON path ("$.rules[2].anyOf[0].min") -> the first message there, in the user's language */
  errors: Map<string, string>;
}

export function validate(draft: Draft, lang: Lang): Validation {
  const r = parseCampaign(ruleFile(draft), lang);
  if (r.ok) return { campaign: r.campaign, errors: new Map() };
  const errors = new Map<string, string>();
  for (const e of r.errors) if (!errors.has(e.path)) errors.set(e.path, e.message);
  // the English stands in from the Vietnamese: one message, on the Vietnamese
  for (const k of [...errors.keys()]) if (k.endsWith(".en") && errors.has(k.slice(0, -3) + ".vi")) errors.delete(k);
  return { campaign: null, errors };
}

export function pathKey(path: (string | number)[]): string {
  return "$" + path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("");
}
