// issue 6: hostile unit-group / allowed-value patterns. A 25-star pattern against names of 2,000 and
// 20,000 characters: the time per name must grow linearly with the name (the old regex never finished).
// Baseline in the same run: normalizeText of the same name, which every check does anyway.
import { compileGlob } from "../src/engine/text/glob.js";
import { normalizeText } from "../src/engine/text/normalize.js";

const PATTERNS = ["*a".repeat(25) + "*c", "*aab".repeat(25) + "*"];

/** the least time per call over several short windows: a busy spell of the shared machine is left out */
function perCall(fn: () => unknown, windows = 7, minMs = 30): number {
  let best = Infinity;
  for (let w = 0; w < windows; w++) {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < minMs) (fn(), n++);
    best = Math.min(best, (performance.now() - t0) / n);
  }
  return best;
}

export function globRows(): [string, string, string][] {
  const rows: [string, string, string][] = [];
  const globs = PATTERNS.map(compileGlob);
  const cost = (len: number) => {
    const name = normalizeText("a".repeat(len - 1) + "b");
    const glob = perCall(() => globs.forEach((g) => g.test(name)));
    return { glob, base: perCall(() => normalizeText(name)) };
  };
  const small = cost(2_000);
  const big = cost(20_000);
  rows.push(["25-star patterns, 2,000-char name", `${(small.glob * 1000).toFixed(1)} µs (${(small.glob / small.base).toFixed(2)}× normalising the name)`, "finishes"]);
  rows.push(["25-star patterns, 20,000-char name", `${(big.glob * 1000).toFixed(1)} µs (${(big.glob / big.base).toFixed(2)}× normalising the name)`, "finishes"]);
  rows.push(["25-star patterns: 20,000 / 2,000 chars", `${(big.glob / small.glob).toFixed(1)}× the time for 10× the name`, "≈ 10× (linear)"]);
  return rows;
}
