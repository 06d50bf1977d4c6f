// one engine run as a plain function: request in, progress messages, then the report or an error out.
// The worker (engine.worker.ts) and the main-thread fallback (runner.ts) both call it.
import type { CheckOptions } from "../../engine/index.js";
import type { Engine } from "../shared/engine.js";
import { asEngineRequest, idOf, type EngineReply } from "./protocol.js";

export interface HandlerDeps {
  loadEngine: () => Promise<Pick<Engine, "check">>;
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
    // Office.js gives no font names cheaply: TCVN3 text is guessed by its look, by the engine's decoder
    const options: CheckOptions = {
      lang: req.lang,
      guessLegacy: req.legacy,
      ...(req.history ? { history: req.history } : {}),
      ...(req.lookups ? { lookupSheets: req.lookups } : {}),
      ...(req.candidates ? { hintCandidates: req.candidates } : {}),
      onProgress: (done, all) => post({ type: "progress", id, done, total: all }),
    };
    const report = engine.check(req.campaign, req.jobs, options);
    post({ type: "report", id, report });
  } catch (e) {
    post({ type: "error", id, message: message(e) });
  }
}
