// the fake request context: operations queue up and run at sync(), like Office.js batches
import { fail, type FakeBook } from "./model.js";

export class FakeContext {
  private queue: (() => void)[] = [];
  /** commits of loaded data, applied only if the whole batch fits in the payload limit */
  private staged: (() => void)[] = [];
  private responseBytes = 0;
  private requestBytes = 0;
  readonly trackedObjects = { add() {}, remove() {} };
  workbook: unknown;

  constructor(readonly book: FakeBook) {}

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  /** a load's result: counted toward the response size, made visible only when the batch succeeds */
  stage(bytes: number, commit: () => void): void {
    this.responseBytes += bytes;
    this.staged.push(commit);
  }

  request(bytes: number): void {
    this.requestBytes += bytes;
  }

  /** Excel.run's RunOptions.delayForCellEdit */
  delayForCellEdit = false;

  async sync(): Promise<void> {
    // RunOptions.delayForCellEdit: "When false, if the user is in cell edit when the batch request is
    // processed by the host, the batch automatically fails. When true, ... the batch request is delayed
    // until the user exits cell edit mode." The error is office-js #3388 / #625's.
    if (this.book.cellEditing) {
      if (!this.delayForCellEdit) {
        this.queue = [];
        this.requestBytes = 0;
        fail("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      }
      await this.book.whenCellEditEnds();
    }
    const n = ++this.book.stats.syncs;
    this.book.beforeSync?.(n);
    const ops = this.queue;
    this.queue = [];
    this.staged = [];
    this.responseBytes = 0;
    const requestBytes = this.requestBytes; // counted as the calls were queued
    this.requestBytes = 0;
    await Promise.resolve();
    // Excel on the web refuses a request past 5 MB before running any of it, and an answer past 5 MB
    // ("Resource limits and performance optimization for Office Add-ins": RequestPayloadSizeLimitExceeded,
    // ResponsePayloadSizeLimitExceeded); the fake counts the cell data, addresses, texts and links it carries
    if (requestBytes > this.book.payloadLimit) {
      fail("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    this.book.stats.maxRequestBytes = Math.max(this.book.stats.maxRequestBytes, requestBytes);
    for (const op of ops) op(); // a throwing op rejects the sync; later ops never run
    if (this.responseBytes > this.book.payloadLimit) fail("ResponsePayloadSizeLimitExceeded", `response of ${this.responseBytes} bytes`);
    this.book.stats.maxResponseBytes = Math.max(this.book.stats.maxResponseBytes, this.responseBytes);
    for (const c of this.staged) c();
    this.staged = [];
    this.book.afterSync?.(n);
  }
}

/** the common part of every proxy: loaded properties, and the error Office.js gives for the others */
export class Loaded {
  protected data = new Map<string, unknown>();
  constructor(readonly ctx: FakeContext) {}

  protected got<T>(name: string): T {
    if (!this.data.has(name)) {
      throw Object.assign(new Error(`The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`), { code: "PropertyNotLoaded" });
    }
    return this.data.get(name) as T;
  }

  protected put(values: Record<string, unknown>, bytes: number): void {
    this.ctx.stage(bytes, () => {
      for (const [k, v] of Object.entries(values)) this.data.set(k, v);
    });
  }

  get isNullObject(): boolean {
    return this.got<boolean>("isNullObject");
  }
}

export function propList(props: string | string[] | undefined): string[] {
  if (props === undefined) return [];
  const list = Array.isArray(props) ? props : props.split(",");
  return list.map((p) => p.trim()).filter(Boolean);
}
