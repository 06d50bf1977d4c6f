// the messages between the pane and the engine worker: plain data only (structured clone), one id per run
import type { Campaign, Lang, Report, SheetJob } from "../../engine/index.js";

/** one engine run: what `check(campaign, jobs, { lang })` needs, as plain arrays and JSON */
export interface EngineRequest {
  type: "check";
  id: number;
  campaign: Campaign;
  jobs: SheetJob[];
  lang: Lang;
  /** decode text that looks like TCVN3 (.VnTime) with the engine's decoder */
  legacy: boolean;
  /** past decisions or lists: other sheets of the workbook */
  history?: SheetJob[];
  /** the workbook's other sheets, for their code tables only (CheckOptions.lookupSheets) */
  lookups?: SheetJob[];
  /** campaigns to compare each sheet with (the wrong-campaign hint) */
  candidates?: Campaign[];
}

export type EngineReply =
  | { type: "progress"; id: number; done: number; total: number }
  | { type: "report"; id: number; report: Report }
  | { type: "error"; id: number; message: string };

/** a request as it arrives from the other side: checked, since a message can carry anything */
export function asEngineRequest(data: unknown): EngineRequest | string {
  if (!data || typeof data !== "object") return "not an object";
  const m = data as Partial<EngineRequest>;
  if (m.type !== "check") return `unknown message type ${JSON.stringify(m.type)}`;
  if (typeof m.id !== "number") return "no request id";
  if (!m.campaign || typeof m.campaign !== "object") return "no campaign";
  if (!Array.isArray(m.jobs) || m.jobs.some((j) => !j || !Array.isArray(j.rows))) return "no sheets (jobs with rows)";
  if (m.lang !== "vi" && m.lang !== "en") return `unknown language ${JSON.stringify(m.lang)}`;
  if (m.history !== undefined && (!Array.isArray(m.history) || m.history.some((j) => !j || !Array.isArray(j.rows)))) return "bad history (sheets with rows)";
  if (m.lookups !== undefined && (!Array.isArray(m.lookups) || m.lookups.some((j) => !j || !Array.isArray(j.rows)))) return "bad lookup sheets (sheets with rows)";
  if (m.candidates !== undefined && (!Array.isArray(m.candidates) || m.candidates.some((c) => !c || typeof c !== "object"))) return "bad candidates (campaigns)";
  return {
    type: "check",
    id: m.id,
    campaign: m.campaign,
    jobs: m.jobs,
    lang: m.lang,
    legacy: m.legacy === true,
    ...(m.history ? { history: m.history } : {}),
    ...(m.lookups ? { lookups: m.lookups } : {}),
    ...(m.candidates ? { candidates: m.candidates } : {}),
  };
}

export function idOf(data: unknown): number {
  const id = data && typeof data === "object" ? (data as { id?: unknown }).id : undefined;
  return typeof id === "number" ? id : -1;
}
