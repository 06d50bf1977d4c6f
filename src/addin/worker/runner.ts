// runs the engine off the UI thread: a module Web Worker when the webview has one, else the main thread
import type { Campaign, Lang, Report, SheetJob } from "../../engine/index.js";
import { loadEngine } from "../shared/engine.js";
import { AddinError } from "../shared/errors.js";
import { handleEngineMessage, type HandlerDeps } from "./handler.js";
import type { EngineReply, EngineRequest } from "./protocol.js";

export interface EngineJob {
  campaign: Campaign;
  jobs: SheetJob[];
  lang: Lang;
  /** decode TCVN3 text when the sheet looks like it needs it */
  legacy: boolean;
  /** past decisions or lists read from other sheets */
  history?: SheetJob[];
  /** the workbook's other sheets, for their code tables only */
  lookups?: SheetJob[];
  /** campaigns each sheet is compared with for the wrong-campaign hint (the built-in presets) */
  candidates?: Campaign[];
}

export type EngineMode = "worker" | "main-thread";

export interface EngineRunner {
  /** one engine run; a run started while another is in flight stops that one (it rejects as "cancelled") */
  run(job: EngineJob, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<Report>;
  /** where the last run happened */
  readonly lastMode: EngineMode | null;
}

/** the part of a Worker the runner uses (tests give a fake one) */
export type WorkerLike = Pick<Worker, "postMessage" | "terminate" | "addEventListener" | "removeEventListener">;

export interface RunnerOptions {
  /** makes the worker; returning null or throwing means the main thread */
  createWorker?: () => WorkerLike | null;
  /** the engine of the main-thread fallback */
  mainThread?: HandlerDeps;
}

/** Vite bundles the worker from this exact `new Worker(new URL(...), { type: "module" })` form */
export function engineWorker(): WorkerLike | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" });
}

const cancelled = () => new AddinError("cancelled");

export function createEngineRunner(opts: RunnerOptions = {}): EngineRunner {
  const createWorker = opts.createWorker ?? engineWorker;
  const mainDeps: HandlerDeps = opts.mainThread ?? { loadEngine };
  let worker: WorkerLike | null = null;
  /** set once a worker failed to start: the rest of the session stays on the main thread */
  let broken = false;
  let seq = 0;
  let stopActive: (() => void) | null = null;
  let lastMode: EngineMode | null = null;

  const kill = () => {
    worker?.terminate();
    worker = null;
  };

  const getWorker = (): WorkerLike | null => {
    if (broken) return null;
    try {
      worker ??= createWorker();
    } catch {
      worker = null;
    }
    if (!worker) broken = true;
    return worker;
  };

  /**
   * The fallback where Workers are missing or fail to start (an old Office webview: no Worker, or no
   * module workers, whose script then fails to load): the same handler on the UI thread. The pane freezes
   * while the engine runs, as it did before the worker, but the check still completes.
   */
  const onMainThread = (request: EngineRequest, onProgress: ((d: number, t: number) => void) | undefined, signal: AbortSignal | undefined) =>
    new Promise<Report>((resolve, reject) => {
      lastMode = "main-thread";
      void handleEngineMessage(request, mainDeps, (reply) => {
        if (reply.type === "progress") onProgress?.(reply.done, reply.total);
        else if (signal?.aborted) reject(cancelled());
        else if (reply.type === "report") resolve(reply.report);
        else reject(new AddinError("engine-failed", reply.message));
      });
    });

  const run = (job: EngineJob, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<Report> => {
    stopActive?.(); // a new check terminates the running worker
    if (signal?.aborted) return Promise.reject(cancelled());
    const request: EngineRequest = { type: "check", id: ++seq, ...job };
    const w = getWorker();
    if (!w) return onMainThread(request, onProgress, signal);
    lastMode = "worker";
    return new Promise<Report>((resolve, reject) => {
      const detach = () => {
        w.removeEventListener("message", onMessage);
        w.removeEventListener("error", onFailure);
        w.removeEventListener("messageerror", onFailure);
        signal?.removeEventListener("abort", stop);
        if (stopActive === stop) stopActive = null;
      };
      function onMessage(ev: MessageEvent) {
        const reply = ev.data as EngineReply;
        if (reply?.id !== request.id) return;
        if (reply.type === "progress") return onProgress?.(reply.done, reply.total);
        detach();
        if (reply.type === "report") resolve(reply.report);
        else reject(new AddinError("engine-failed", reply.message));
      }
      /** the worker could not start or died: the main thread finishes the job */
      function onFailure(ev: Event) {
        ev.preventDefault();
        detach();
        kill();
        broken = true;
        onMainThread(request, onProgress, signal).then(resolve, reject);
      }
      function stop() {
        detach();
        kill();
        reject(cancelled());
      }
      stopActive = stop;
      w.addEventListener("message", onMessage);
      w.addEventListener("error", onFailure);
      w.addEventListener("messageerror", onFailure);
      signal?.addEventListener("abort", stop);
      try {
        w.postMessage(request);
      } catch {
        onFailure(new Event("error"));
      }
    });
  };

  return {
    run,
    get lastMode() {
      return lastMode;
    },
  };
}
