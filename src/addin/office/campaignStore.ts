// the chosen campaign and layout corrections live in the workbook's document settings, so whoever
// opens the shared workbook (an appraiser, say) checks it with the same rules
import type { Campaign, LayoutOverride } from "../../engine/index.js";
import type { StoredCampaign } from "../port.js";
import type { Engine } from "../shared/engine.js";
import type { DocumentSettings } from "./host.js";

export const CAMPAIGN_KEY = "thidua.campaign";
export const SOURCE_KEY = "thidua.campaignSource";
export const LAYOUTS_KEY = "thidua.layouts";

export function readStoredCampaign(settings: DocumentSettings, engine: Engine): StoredCampaign {
  const raw = settings.get(CAMPAIGN_KEY);
  if (raw === null || raw === undefined || raw === "") return { kind: "none" };
  let json: unknown;
  try {
    json = typeof raw === "string" ? JSON.parse(raw) : raw;
  } catch {
    return { kind: "invalid", errors: [{ path: "$", message: "not JSON" }] };
  }
  const parsed = engine.parseCampaign(json);
  if (!parsed.ok) return { kind: "invalid", errors: parsed.errors };
  const source = settings.get(SOURCE_KEY);
  return { kind: "ok", campaign: parsed.campaign, source: typeof source === "string" ? source : "" };
}

export async function storeCampaign(settings: DocumentSettings, campaign: Campaign, source: string): Promise<void> {
  settings.set(CAMPAIGN_KEY, JSON.stringify(campaign));
  settings.set(SOURCE_KEY, source);
  await settings.save();
}

function layouts(settings: DocumentSettings): Record<string, LayoutOverride> {
  const raw = settings.get(LAYOUTS_KEY);
  if (typeof raw !== "string") return {};
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === "object" ? (v as Record<string, LayoutOverride>) : {};
  } catch {
    return {};
  }
}

export function readLayout(settings: DocumentSettings, sheet: string): LayoutOverride | undefined {
  return layouts(settings)[sheet];
}

export async function storeLayout(settings: DocumentSettings, sheet: string, layout: LayoutOverride | undefined): Promise<void> {
  const all = layouts(settings);
  if (layout) all[sheet] = layout;
  else delete all[sheet];
  settings.set(LAYOUTS_KEY, JSON.stringify(all));
  await settings.save();
}
