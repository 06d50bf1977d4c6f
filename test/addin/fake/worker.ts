// a stand-in for the engine's Web Worker in Node: the real message handler, answered on a later task
// (as a thread would), with switches for the failures the runner must survive
import { check } from "../../../src/engine/index.js";
import { handleEngineMessage } from "../../../src/addin/worker/handler.js";
import type { WorkerLike } from "../../../src/addin/worker/runner.js";

export type WorkerBehaviour = "answer" | "silent" | "fail-to-load";

export class FakeWorker implements WorkerLike {
  terminated = false;
  posted: unknown[] = [];
  private listeners = new Map<string, Set<(ev: Event) => void>>();

  constructor(private behaviour: WorkerBehaviour = "answer") {}

  addEventListener(type: string, fn: unknown): void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(fn as (ev: Event) => void);
    this.listeners.set(type, set);
  }

  removeEventListener(type: string, fn: unknown): void {
    this.listeners.get(type)?.delete(fn as (ev: Event) => void);
  }

  listenerCount(): number {
    return [...this.listeners.values()].reduce((n, s) => n + s.size, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  postMessage(data: unknown): void {
    // the structured clone a real worker gets: nothing shared with the sender
    const copy = structuredClone(data);
    this.posted.push(copy);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.behaviour === "fail-to-load") return this.emit("error", new Event("error", { cancelable: true }));
      if (this.behaviour === "silent") return;
      const deps = { loadEngine: async () => ({ check }) };
      void handleEngineMessage(copy, deps, (reply) => {
        const data = structuredClone(reply);
        setTimeout(() => !this.terminated && this.emit("message", new MessageEvent("message", { data })), 0);
      });
    }, 0);
  }

  private emit(type: string, ev: Event): void {
    for (const fn of this.listeners.get(type) ?? []) fn(ev);
  }
}
