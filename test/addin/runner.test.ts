// the engine runner: the worker when there is one, the main thread when not, and stops that terminate
import { afterEach, describe, expect, test, vi } from "vitest";
import { check, type Report } from "../../src/engine/index.js";
import { createEngineRunner, engineWorker, type EngineJob } from "../../src/addin/worker/runner.js";
import { FakeWorker, type WorkerBehaviour } from "./fake/worker.js";
import { BAD_ROWS, GOOD_ROWS, HEADERS } from "./fixtures.js";
import { kienGiang, noViolations, setup } from "./harness.js";
import { LEDGER_SHEET } from "../../src/addin/office/ledger.js";
import { createWorkbookPort } from "../../src/addin/office/port.js";
import { createFakeHost } from "./fake/host.js";
import { bigBook } from "./scale.js";

const job = (): EngineJob => ({
  campaign: kienGiang(),
  jobs: [{ name: "Danh sách", rows: [["DANH SÁCH"], [], [...HEADERS], ...GOOD_ROWS, ...BAD_ROWS.map((b) => b.row)] }],
  lang: "vi",
  legacy: true,
});

function withWorkers(...behaviours: WorkerBehaviour[]) {
  const made: FakeWorker[] = [];
  const runner = createEngineRunner({
    createWorker: () => {
      const w = new FakeWorker(behaviours[made.length] ?? behaviours.at(-1) ?? "answer");
      made.push(w);
      return w;
    },
  });
  return { runner, made };
}

afterEach(() => vi.unstubAllGlobals());

describe("engine runner", () => {
  test("runs in the worker: the data goes by message, progress comes back, then the report", async () => {
    const { runner, made } = withWorkers("answer");
    const progress: [number, number][] = [];
    const j = job();
    const report = await runner.run(j, (d, t) => progress.push([d, t]));
    expect(runner.lastMode).toBe("worker");
    expect(report).toEqual(check(j.campaign, j.jobs, { lang: "vi" }));
    expect(report.findings).toHaveLength(3);
    expect(progress[0]).toEqual([0, j.jobs[0]!.rows.length]);
    expect(progress.at(-1)).toEqual([j.jobs[0]!.rows.length, j.jobs[0]!.rows.length]);
    expect(made[0]?.posted[0]).toMatchObject({ type: "check", lang: "vi", legacy: true, jobs: j.jobs });
    // the worker is kept for the next check, with no listeners left behind
    await runner.run(job());
    expect(made).toHaveLength(1);
    expect(made[0]?.listenerCount()).toBe(0);
  });

  test("a new check terminates the running worker; the old run is cancelled, the new one answers", async () => {
    const { runner, made } = withWorkers("silent", "answer");
    const first = runner.run(job());
    const second = runner.run(job());
    await expect(first).rejects.toMatchObject({ kind: "cancelled" });
    expect(made[0]?.terminated).toBe(true);
    expect((await second).findings).toHaveLength(3);
    expect(made).toHaveLength(2);
  });

  test("an abort (Stop, the pane closing) terminates the worker and rejects as cancelled", async () => {
    const { runner, made } = withWorkers("silent");
    const ctl = new AbortController();
    const run = runner.run(job(), undefined, ctl.signal);
    ctl.abort();
    await expect(run).rejects.toMatchObject({ kind: "cancelled" });
    expect(made[0]?.terminated).toBe(true);
    await expect(runner.run(job(), undefined, ctl.signal)).rejects.toMatchObject({ kind: "cancelled" });
  });

  test("a worker that cannot start (no module workers in an old webview): the main thread does the check", async () => {
    const { runner, made } = withWorkers("fail-to-load");
    const report: Report = await runner.run(job());
    expect(report.findings).toHaveLength(3);
    expect(runner.lastMode).toBe("main-thread");
    expect(made[0]?.terminated).toBe(true);
    await runner.run(job());
    expect(made).toHaveLength(1); // not tried again this session
  });

  test("no Worker at all, or a constructor that throws: the main thread, without failing", async () => {
    vi.stubGlobal("Worker", undefined);
    expect(engineWorker()).toBeNull();
    const plain = createEngineRunner();
    expect((await plain.run(job())).findings).toHaveLength(3);
    expect(plain.lastMode).toBe("main-thread");
    const refused = createEngineRunner({
      createWorker: () => {
        throw new DOMException("blocked by CSP", "SecurityError");
      },
    });
    expect((await refused.run(job())).findings).toHaveLength(3);
    expect(refused.lastMode).toBe("main-thread");
  });

  test("an engine error in the worker is a clear engine-failed error", async () => {
    const { runner } = withWorkers("answer");
    await expect(runner.run({ ...job(), campaign: { id: "broken" } as never })).rejects.toMatchObject({ kind: "engine-failed", detail: expect.stringMatching(/^\w*Error: /) });
  });
});

describe("stopping a check through the port", () => {
  function stoppable() {
    const made: FakeWorker[] = [];
    const engine = createEngineRunner({ createWorker: () => (made.push(new FakeWorker("silent")), made.at(-1)!) });
    const h = setup();
    return { h, made, port: createWorkbookPort(h.host, { engine }), ctl: new AbortController() };
  }

  function nothingMarked(h: ReturnType<typeof setup>) {
    expect([...h.sheet.cells.values()].filter((c) => c.fill.pattern !== "None")).toEqual([]);
    expect(h.sheet.handlers).toEqual([]);
    expect(h.book.sheet(LEDGER_SHEET)).toBeUndefined();
    noViolations(h.book);
  }

  test("stopped while the engine runs: the worker is terminated, nothing is marked, the handler is gone", async () => {
    const { h, made, port, ctl } = stoppable();
    const run = port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi" }, undefined, ctl.signal);
    const settled = run.catch((e: unknown) => e);
    // the silent worker never answers: stop once it has the data
    await vi.waitFor(() => expect(made[0]?.posted).toHaveLength(1));
    ctl.abort();
    expect(await settled).toMatchObject({ kind: "cancelled" });
    expect(made[0]?.terminated).toBe(true);
    nothingMarked(h);
  });

  test("stopped while a long sheet is read: no further chunk is requested", async () => {
    const book = bigBook(30_000);
    const port = createWorkbookPort(createFakeHost(book), { engine: createEngineRunner({ createWorker: () => new FakeWorker("answer") }) });
    const ctl = new AbortController();
    const run = port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi" }, (p) => p.phase === "reading" && ctl.abort(), ctl.signal);
    await expect(run).rejects.toMatchObject({ kind: "cancelled" });
    expect(book.stats.syncs).toBe(2); // the first 10,000 rows, then the one that removes the change handler
    expect(book.sheet("Danh sách")?.handlers).toEqual([]);
  });

  test("stopped while the sheet is read: the engine never starts", async () => {
    const { h, made, port, ctl } = stoppable();
    const run = port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "vi" }, (p) => p.phase === "reading" && ctl.abort(), ctl.signal);
    await expect(run).rejects.toMatchObject({ kind: "cancelled" });
    expect(made).toEqual([]);
    nothingMarked(h);
  });
});
