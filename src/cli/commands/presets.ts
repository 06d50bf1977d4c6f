// thidua presets: the built-in campaigns, one a line: id and name
import type { Lang } from "../../engine/core.js";
import { PRESETS } from "../../presets/index.js";
import type { Io } from "../io.js";

export function runPresets(o: { lang: Lang; format: "text" | "json" }, io: Io): number {
  if (o.format === "json") {
    io.out(JSON.stringify(PRESETS.map((p) => ({ id: p.id, name: p.name[o.lang] })), null, 2) + "\n");
    return 0;
  }
  const w = Math.max(...PRESETS.map((p) => p.id.length));
  for (const p of PRESETS) io.out(`${p.id.padEnd(w)}  ${p.name[o.lang]}\n`);
  return 0;
}
