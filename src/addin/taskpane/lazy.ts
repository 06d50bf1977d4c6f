// what the pane loads after its first paint: presets (with their schema check) and the engine
export { loadEngine } from "../shared/engine.js";

export type Presets = typeof import("../../presets/index.js");

let presets: Promise<Presets> | null = null;

export function loadPresets(): Promise<Presets> {
  presets ??= import("../../presets/index.js");
  return presets;
}
