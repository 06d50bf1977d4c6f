// issue 6: one read of each workbook, against the floor measured in the same run. The floor is a child
// process that inflates the worksheet and shared-strings parts with node's zlib and counts the <c tags
// (bench/children/floor.mjs); `thidua check` and `check --out` run as children the same way, interleaved
// with it so that a slow spell of the shared machine hits both. Wall time, spawn to exit, start-up included.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function wall(script: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, "bench/children", script), ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.stderr}`);
  const o = JSON.parse(r.stdout) as { code?: number };
  if (o.code === 2) throw new Error(`thidua ${args.join(" ")} could not run`);
  return ms;
}

export function readFloorRows(file: string, dir: string, repeat: number, campaign: string): [string, string, string][] {
  const floor: number[] = [];
  const check: number[] = [];
  const out: number[] = [];
  const args = ["check", file, "--campaign", campaign, "--format", "json"];
  // the floor is short and the command long: on a shared machine a ratio of two medians needs more than 3 runs
  const runs = Math.max(repeat, 7);
  for (let i = 0; i < runs; i++) {
    floor.push(wall("floor.mjs", [file]));
    check.push(wall("thidua.mjs", args));
    out.push(wall("thidua.mjs", [...args, "--out", join(dir, "floor-checked.xlsx")]));
  }
  const [f, c, o] = [median(floor), median(check), median(out)];
  return [
    ["floor: inflate sheet + shared strings, count <c (node start-up included)", `${(f / 1000).toFixed(2)} s (median of ${runs}, interleaved with the two below)`, ""],
    ["`thidua check` / floor", `${(c / f).toFixed(2)}× (${(c / 1000).toFixed(2)} s)`, "≤ 5×"],
    ["`thidua check --out` / floor", `${(o / f).toFixed(2)}× (${(o / 1000).toFixed(2)} s)`, "≤ 7×"],
  ];
}
