// one engine run as a plain function: request in, progress messages, then the report or an error out.
// The worker (engine.worker.ts) and the main-thread fallback (runner.ts) both call it.
import type { CheckOptions } from "../../engine/index.js";
import type { Engine } from "../office/engine.js";
import { asEngineRequest, idOf, type EngineReply } from "./protocol.js";

export interface HandlerDeps {
  loadEngine: () => Promise<Pick<Engine, "check" | "looksLikeTcvn3">>;
  /** builds the TCVN3 decoder (iconv-lite's table, a lazy chunk) */
  loadDecoder: () => Promise<(text: string) => string>;
}

function message(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.split("\n")[0] || "engine failed";
}

/** answers every request with exactly one "report" or "error" reply; never throws */
export async function handleEngineMessage(data: unknown, deps: HandlerDeps, post: (reply: EngineReply) => void): Promise<void> {
  const req = asEngineRequest(data);
  if (typeof req === "string") {
    post({ type: "error", id: idOf(data), message: `bad engine request: ${req}` });
    return;
  }
  const { id } = req;
  try {
    const engine = await deps.loadEngine();
    const total = req.jobs.reduce((n, j) => n + j.rows.length, 0);
    post({ type: "progress", id, done: 0, total });
    const options: CheckOptions = { lang: req.lang, onProgress: (done, all) => post({ type: "progress", id, done, total: all }) };
    const needsDecoder = req.legacy && req.jobs.some((j) => j.rows.some((r) => r.some((v) => typeof v === "string" && engine.looksLikeTcvn3(v))));
    if (needsDecoder) options.decodeLegacy = await deps.loadDecoder();
    const report = engine.check(req.campaign, req.jobs, options);
    post({ type: "report", id, report });
  } catch (e) {
    post({ type: "error", id, message: message(e) });
  }
}
