// the best overall assignment of fields to columns: the Hungarian method (Kuhn–Munkres) on a score table

/**
 * For a table score[i][j] (row i = a field, column j = a column slot; 0 = no evidence), the slot of each
 * field that makes the total score largest, each slot used once; -1 for a field left without a slot.
 */
export function bestAssignment(score: readonly (readonly number[])[]): number[] {
  const n = score.length;
  const m = score[0]?.length ?? 0;
  if (n === 0 || m === 0) return new Array<number>(n).fill(-1);
  // square cost matrix (minimise -score); padding rows and columns cost 0
  const size = Math.max(n, m);
  const cost = (i: number, j: number) => (i < n && j < m ? -(score[i]?.[j] ?? 0) : 0);
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  const p = new Int32Array(size + 1); // p[j]: row matched to column j (1-based), 0 none
  const way = new Int32Array(size + 1);
  for (let i = 1; i <= size; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(size + 1).fill(INF);
    const used = new Uint8Array(size + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= size; j++) {
        if (used[j]) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Array<number>(n).fill(-1);
  for (let j = 1; j <= size; j++) {
    const i = (p[j] as number) - 1;
    if (i >= 0 && i < n && j - 1 < m && (score[i]?.[j - 1] ?? 0) > 0) out[i] = j - 1;
  }
  return out;
}
