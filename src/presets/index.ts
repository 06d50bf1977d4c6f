// the built-in campaigns: rule files shipped with the product, checked by the same schema as a user's own
import { parseCampaign } from "../engine/index.js";
import type { Campaign } from "../engine/index.js";
import kienGiang2021 from "./kien-giang-2021-covid.json" with { type: "json" };
import konTum2021 from "./kon-tum-snv-2021-covid.json" with { type: "json" };
import hungYen2021 from "./hung-yen-2021-covid.json" with { type: "json" };
import kienGiang2019 from "./kien-giang-2019-party-congress.json" with { type: "json" };
import tuyenQuang2021 from "./tuyen-quang-2021-covid.json" with { type: "json" };
import luatTdkt2022 from "./luat-tdkt-2022.json" with { type: "json" };

const RULE_FILES: readonly [file: string, json: unknown][] = [
  ["kien-giang-2021-covid.json", kienGiang2021],
  ["kon-tum-snv-2021-covid.json", konTum2021],
  ["hung-yen-2021-covid.json", hungYen2021],
  ["kien-giang-2019-party-congress.json", kienGiang2019],
  ["tuyen-quang-2021-covid.json", tuyenQuang2021],
  ["luat-tdkt-2022.json", luatTdkt2022],
];

function load(file: string, json: unknown): Campaign {
  const r = parseCampaign(json);
  if (!r.ok) {
    const detail = r.errors.map((e) => `${e.path}: ${e.message}`).join("; ");
    throw new Error(`built-in campaign src/presets/${file} is invalid: ${detail}`);
  }
  return r.campaign;
}

/** the built-in campaigns, in the contract's order */
export const PRESETS: Campaign[] = RULE_FILES.map(([file, json]) => load(file, json));

export const PRESET_IDS: string[] = PRESETS.map((c) => c.id);

/** a preset's rule file as shipped (no defaults filled in), e.g. to start a new rule file from it */
export function presetRuleFile(id: string): unknown {
  const i = PRESET_IDS.indexOf(id);
  return i < 0 ? undefined : RULE_FILES[i]![1];
}

export function getPreset(id: string): Campaign | undefined {
  return PRESETS.find((c) => c.id === id);
}
