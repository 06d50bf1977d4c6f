// issue 6 / issue 8: a province's round where the same workbook is submitted many times (copies of
// examples/kien-giang-2021-covid.xlsx in one folder). Every nominee is a duplicate of its first listing:
// one finding per later occurrence keeps the work linear. Each size runs `thidua check <folder>` in its
// own child process (median of `repeat`), so its peak RSS is its own; the ratio is taken in the same run.
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const EXAMPLE = join(root, "examples/kien-giang-2021-covid.xlsx");

interface Run {
  wall: number;
  rss: number;
  bytes: number;
}

function thidua(args: string[]): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, "bench/children/thidua.mjs"), ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  const o = JSON.parse(r.stdout) as { rss: number; code: number; bytes: number };
  if (o.code === 2) throw new Error(`thidua ${args.join(" ")} could not run: ${r.stderr}`);
  return { wall, rss: o.rss, bytes: o.bytes };
}

async function folderOf(base: string, n: number): Promise<string> {
  const dir = join(base, `copies-${n}`);
  await mkdir(dir);
  for (let i = 0; i < n; i++) await copyFile(EXAMPLE, join(dir, `don-vi-${String(i).padStart(4, "0")}.xlsx`));
  return dir;
}

/** rows for the benchmark table: 300 and 1,000 copies, time, peak memory and their ratio */
export async function copiesRows(repeat = 1): Promise<[string, string, string][]> {
  const base = await mkdtemp(join(tmpdir(), "thidua-copies-"));
  try {
    const sizes = [300, 1000] as const;
    const dirs = await Promise.all(sizes.map((n) => folderOf(base, n)));
    const runs: Run[][] = sizes.map(() => []);
    for (let i = 0; i < repeat; i++) dirs.forEach((d, j) => runs[j]!.push(thidua(["check", d, "--campaign", "kien-giang-2021-covid", "--format", "json"])));
    const med = (xs: Run[]) => [...xs].sort((a, b) => a.wall - b.wall)[Math.floor(xs.length / 2)]!;
    const [r300, r1000] = runs.map(med) as [Run, Run];
    const mb = (b: number) => Math.round(b / 1_048_576);
    return [
      ["`thidua check`, 300 copies of the example (15,600 rows)", `${(r300.wall / 1000).toFixed(2)} s, ${mb(r300.rss)} MB, JSON ${mb(r300.bytes)} MB`, ""],
      ["`thidua check`, 1,000 copies (52,000 rows)", `${(r1000.wall / 1000).toFixed(2)} s, ${mb(r1000.rss)} MB, JSON ${mb(r1000.bytes)} MB`, "< 400 MB"],
      ["1,000 copies / 300 copies (time)", `${(r1000.wall / r300.wall).toFixed(2)}×`, "≤ 3.5× (linear: 3.33×)"],
      // one duplicate finding per later occurrence: the report grows with the copies, not with their square
      ["1,000 copies / 300 copies (JSON report size)", `${(r1000.bytes / r300.bytes).toFixed(2)}×`, "linear: 3.33×"],
    ];
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
