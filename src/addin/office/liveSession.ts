// the live re-check's timing: edits are gathered until DEBOUNCE_MS pass without one, then re-checked in
// one batch; events may come late (no assumption that they arrive within a task), so a check keeps its
// change handler: with the switch on until the next check, clearing or the switch off; with it off for
// a short grace, so that edits made during the check still get their marks right
import type { EngineRunner } from "../worker/runner.js";
import type { ExcelHost } from "./host.js";
import { DEBOUNCE_MS, type LiveBasis, type LiveResult, recheckEdits } from "./live.js";

/** how long a check listens for late events when the live re-check is off */
export const GRACE_MS = 2_000;

export type LiveListener = (update: LiveResult | { error: unknown }) => void;

export class LiveSession {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private grace: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private listener: LiveListener | null = null;

  constructor(
    private readonly host: ExcelHost,
    private readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
    private readonly basis: LiveBasis,
    private readonly engine: EngineRunner,
    private readonly legacy: boolean,
  ) {
    basis.feed.onPush = () => this.schedule();
    if (basis.feed.items.length > 0) this.schedule();
    this.setLive(false, null); // until the pane says otherwise: the grace only
  }

  get sheet(): string {
    return this.basis.sheet;
  }

  /** on: keep re-checking; off: finish what came in during the grace, then let go of the sheet */
  setLive(on: boolean, listener: LiveListener | null): void {
    if (listener) this.listener = listener;
    if (this.grace) clearTimeout(this.grace);
    this.grace = on ? null : setTimeout(() => void this.idleThenStop(), GRACE_MS);
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  /** one edit batch at a time; edits that come meanwhile make the next batch */
  private async flush(): Promise<void> {
    this.timer = null;
    if (this.running) await this.running;
    if (this.stopped) return;
    const changes = this.basis.feed.take();
    if (changes.length === 0) return;
    this.running = (async () => {
      try {
        const r = await this.run((context) => recheckEdits(context, this.basis, changes, this.engine, this.legacy));
        this.listener?.(r);
      } catch (e) {
        this.listener?.({ error: e });
      } finally {
        this.running = null;
      }
    })();
    await this.running;
  }

  private async idleThenStop(): Promise<void> {
    while (this.timer || this.running) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, DEBOUNCE_MS));
    }
    await this.stop();
  }

  /** removes the change handler, in the request context it was added in */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.grace) clearTimeout(this.grace);
    this.basis.feed.onPush = null;
    if (this.running) await this.running;
    const { handler, context } = this.basis;
    const remove = async (ctx: Excel.RequestContext) => {
      handler.remove();
      await ctx.sync();
    };
    try {
      await (this.host.runIn ? this.host.runIn(context, remove) : remove(context));
    } catch {
      // the workbook was closed or the context is gone: its handler went with it
    }
  }

  /** waits for the edits seen so far to be re-checked (tests, and a new check that follows edits) */
  async settle(): Promise<void> {
    while (this.timer || this.running) {
      if (this.timer) {
        clearTimeout(this.timer);
        await this.flush();
      } else await this.running;
    }
  }
}
