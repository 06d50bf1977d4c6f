// writes and reads sent in requests that stay under Excel on the web's payload limit: 5 MB per request
// and per response, past which the request fails with RequestPayloadSizeLimitExceeded /
// ResponsePayloadSizeLimitExceeded ("Resource limits and performance optimization for Office Add-ins",
// learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization)
import { isPayloadError } from "../shared/errors.js";

/** bytes of cell data per request: half the limit, as Office.js wraps each call in its own JSON */
export const PAYLOAD_BUDGET = 2_500_000;
/** the most one queued call should carry, so that at least two fit a request */
export const MAX_OP_BYTES = 1_000_000;

/** one call to queue: its payload estimate, and what to do with its result once the request is back */
export interface BatchOp {
  bytes: number;
  queue(): void | (() => void);
}

/**
 * queues calls until the next would pass the budget, then sends them. A request the host still refuses
 * for its size is sent again in two halves (Excel runs none of a refused request's calls).
 */
export class Batcher {
  syncs = 0;
  private ops: BatchOp[] = [];
  private bytes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = PAYLOAD_BUDGET,
  ) {}

  async add(op: BatchOp): Promise<void> {
    if (this.ops.length > 0 && this.bytes + op.bytes > this.budget) await this.flush();
    this.ops.push(op);
    this.bytes += op.bytes;
  }

  async addAll(ops: Iterable<BatchOp>): Promise<void> {
    for (const op of ops) await this.add(op);
  }

  /** sends what is queued (an empty batch still syncs when `always`, for calls queued outside the batcher) */
  async flush(always = false): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.bytes = 0;
    if (ops.length > 0 || always) await this.send(ops);
  }

  private async send(ops: BatchOp[]): Promise<void> {
    const after = ops.map((op) => op.queue());
    try {
      this.syncs++;
      await this.context.sync();
    } catch (e) {
      if (!isPayloadError(e) || ops.length < 2) throw e;
      const mid = Math.ceil(ops.length / 2);
      await this.send(ops.slice(0, mid));
      await this.send(ops.slice(mid));
      return;
    }
    for (const done of after) done?.();
  }
}

/** rows of a matrix in slices of at most `maxBytes` of JSON each: [start, end) */
export function rowSlices(rows: readonly (readonly unknown[])[], maxBytes = MAX_OP_BYTES, perCell = 0): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const b = JSON.stringify(row).length + perCell * row.length;
    if (i > start && bytes + b > maxBytes) {
      out.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (start < rows.length) out.push([start, rows.length]);
  return out;
}
