// the engine is loaded on demand, so the pane's first paint does not wait for it
export type Engine = typeof import("../../engine/index.js");

let pending: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  pending ??= import("../../engine/index.js");
  return pending;
}
