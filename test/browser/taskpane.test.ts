// the built task pane in Debian's Chromium on a fake Excel host: pick a preset, check, see the findings,
// click one, make the summary, clear the marks; a screenshot of the findings goes to test-artifacts/
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launch } from "./browser.js";
import { buildPane } from "./build.js";
import { initialJs, workerJs } from "./bundle.js";
import { serve } from "./serve.js";

let browser: BrowserContext;
let server: Awaited<ReturnType<typeof serve>>;
let dist: string;
const outside: string[] = [];
const pageErrors: string[] = [];
/** the Web Workers the pages started (Playwright sees dedicated workers) */
const workers: string[] = [];
let workersClosed = 0;

beforeAll(async () => {
  dist = await buildPane();
  server = await serve(dist);
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query = "", path = "/test/browser/fixture/fakehost.html", init?: () => void): Promise<Page> {
  const page = await browser.newPage();
  if (init) await page.addInitScript(init);
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("worker", (w) => {
    workers.push(w.url());
    w.on("close", () => workersClosed++);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${server.url}${path}${query}`);
  return page;
}

async function pickPreset(page: Page, name: RegExp) {
  await page.getByRole("combobox", { name: /Chọn kế hoạch|Choose the campaign/ }).click();
  await page.getByRole("option", { name }).click();
}

const fake = <T>(page: Page, fn: string): Promise<T> => page.evaluate(`(${fn})(window.__thidua)`) as Promise<T>;

describe("task pane in Chromium", () => {
  test("pick a preset, check, see findings, click one, summary, clear", async () => {
    const page = await open();
    await expect.poll(() => fake<boolean>(page, "t => t.officeJsLoaded")).toBe(true);
    await page.getByRole("heading", { name: "Kiểm tra danh sách khen thưởng" }).waitFor();
    await pickPreset(page, /^Kiên Giang 2021/);
    await expect.poll(() => fake<number>(page, "t => t.host.settings.saves")).toBe(1);
    await expect.poll(() => page.getByRole("combobox", { name: "Chọn trang tính cần kiểm tra" }).textContent()).toContain("Danh sách");
    await page.getByText(/Dòng tiêu đề 5 · \d+ cột đã nhận diện/).waitFor();

    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Kết quả kiểm tra");
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/4 lỗi · 1 cảnh báo/);
    expect(await page.getByRole("table", { name: "Số lượng theo đơn vị" }).getByRole("row").count()).toBeGreaterThan(2);
    expect(await fake<string>(page, "t => t.engine.lastMode")).toBe("worker");
    expect(workers.some((u) => /\/assets\/engine\.worker-[\w-]+\.js$/.test(u))).toBe(true);
    const fill = await fake<{ color: string; pattern: string }>(page, "t => t.book.sheet('Danh sách').cell(11, 8).fill");
    expect(fill).toMatchObject({ color: "#FFC7CE", pattern: "Solid" });

    await page.getByRole("button", { name: /^Chọn ô H11 Giá trị đóng góp/ }).click();
    await expect.poll(() => fake(page, "t => t.book.selection")).toEqual({ sheet: "Danh sách", address: "H11" });

    // the findings are rendered again in English without a new check: nothing is marked again
    const marking = "t => [t.book.stats.formatOps, t.book.stats.valueWrites, t.book.stats.annotationOps]";
    const before = await fake<number[]>(page, marking);
    await page.getByRole("button", { name: "Chuyển sang tiếng Anh" }).click();
    await page.getByRole("button", { name: /^Select cell H11 Contribution .* is below the minimum/ }).waitFor();
    expect(await fake<number[]>(page, marking)).toEqual(before);
    await page.getByRole("button", { name: "Switch to Vietnamese" }).click();
    await page.getByRole("button", { name: /^Chọn ô H11 Giá trị đóng góp/ }).waitFor();

    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: join("test-artifacts", "taskpane-findings.png"), fullPage: true });

    await page.getByRole("tab", { name: "Đơn vị" }).click();
    await page.getByRole("button", { name: /Sở Nội vụ/ }).first().waitFor();

    await page.getByRole("button", { name: "Tạo bảng tổng hợp" }).click();
    await page.getByText('Đã tạo trang "Tổng hợp kiểm tra".').waitFor();

    await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
    await page.getByText(/Đã khôi phục định dạng gốc của \d+ ô\./).waitFor();
    const after = await fake<{ fill: { color: string }; note: string; violations: string[] }>(
      page,
      "t => ({ fill: t.book.sheet('Danh sách').cell(10, 6).fill, note: t.book.sheet('Danh sách').notes.get('F10'), violations: t.book.violations })",
    );
    expect(after).toEqual({ fill: expect.objectContaining({ color: "#FFFF00", pattern: "Solid" }), note: "Đã hỏi lại đơn vị", violations: [] });
    // sheets, header preview, check, select, summary, clear (+ the sheet preview read again after each of the
    // two language switches): no Excel.run wasted on re-renders
    expect(await fake<number>(page, "t => t.host.runs")).toBeLessThanOrEqual(8);
    await page.close();
  });

  test("50,000 rows: Stop terminates the worker; checked again, the progress bar moves and the pane keeps answering", async () => {
    const page = await open("?rows=50000");
    await page.getByRole("heading", { name: "Kiểm tra danh sách khen thưởng" }).waitFor();
    await pickPreset(page, /^Kiên Giang 2021/);
    await page.getByText(/Dòng tiêu đề 3 · \d+ cột đã nhận diện/).waitFor();

    // Stop while the engine runs: its worker is terminated and no cell is marked
    const closedBefore = workersClosed;
    // pressed from inside the page the moment the bar first moves, so a slow test machine cannot let the
    // engine finish before the press arrives
    await page.evaluate(() => {
      const watch = new MutationObserver(() => {
        const value = Number(document.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow") ?? 0);
        const checking = document.querySelector("[role=status]")?.textContent?.startsWith("Đang đối chiếu");
        const stop = document.querySelector<HTMLButtonElement>("button[aria-label='Dừng kiểm tra']");
        if (checking && value > 0 && value < 1 && stop) {
          watch.disconnect();
          stop.click();
        }
      });
      watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText("Đã dừng kiểm tra trước khi đánh dấu ô nào.").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Kiểm tra");
    await expect.poll(() => workersClosed).toBe(closedBefore + 1);
    expect(await fake<number>(page, "t => [...t.book.sheet('Danh sách').cells.values()].filter((c) => c.fill.pattern !== 'None').length")).toBe(0);

    // then the check again, to the end
    // every 10 ms: the status text, the bar's value and whether the results are there
    await page.evaluate(() => {
      const w = window as unknown as { __samples: { t: number; status: string; value: string | null; results: boolean }[] };
      w.__samples = [];
      const tick = () => {
        const status = document.querySelector("[role=status]")?.textContent ?? "";
        const value = document.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow") ?? null;
        const results = [...document.querySelectorAll("h2,h3")].some((h) => h.textContent === "Kết quả kiểm tra");
        w.__samples.push({ t: performance.now(), status, value, results });
        if (!results) setTimeout(tick, 10);
      };
      tick();
    });
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    // the bar part-way, as the in-page sampler saw it (a locator wait can miss a state the engine has already left)
    await expect
      // reading 50,000 rows comes first: on a loaded machine that alone can pass the poll's default second
      .poll(() => page.evaluate(() => (window as unknown as { __samples: { status: string }[] }).__samples.some((x) => /^Đang đối chiếu [1-9]/.test(x.status))), { timeout: 60_000 })
      .toBe(true);
    mkdirSync("test-artifacts", { recursive: true });
    // transitions finished, so the bar shows the value it is heading for (Fluent eases width over 0.3 s)
    await page.screenshot({ path: join("test-artifacts", "taskpane-checking.png"), animations: "disabled" });
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/^50\.000 dòng · 5\.000 lỗi/);
    expect(await fake<string>(page, "t => t.engine.lastMode")).toBe("worker");

    const samples = await page.evaluate(() => (window as unknown as { __samples: { t: number; status: string; value: string | null; results: boolean }[] }).__samples);
    const firstResult = samples.findIndex((x) => x.results);
    const checking = samples.slice(0, firstResult).filter((x) => x.status.startsWith("Đang đối chiếu"));
    const values = [...new Set(checking.map((x) => Number(x.value)))];
    // the bar moved through the engine run, shown before the results
    expect(values.filter((v) => v > 0 && v < 1).length).toBeGreaterThanOrEqual(3);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    // while the engine ran (not yet at its last row) the pane's own timer kept firing
    let gap = 0;
    for (let i = 1; i < samples.length; i++) {
      const [a, b] = [samples[i - 1]!, samples[i]!];
      const running = (x: typeof a) => x.status.startsWith("Đang đối chiếu") && Number(x.value) < 1;
      if (running(a) && running(b)) gap = Math.max(gap, b.t - a.t);
    }
    writeFileSync(join("test-artifacts", "taskpane-50k-progress.json"), JSON.stringify({ values, maxGapMs: Math.round(gap), samples: checking.length }, null, 2));
    expect(gap).toBeLessThan(400);
    await page.close();
  }, 120_000);

  test("a webview without Web Workers checks on the main thread, without failing", async () => {
    const page = await open("", undefined, () => Reflect.deleteProperty(window, "Worker"));
    await pickPreset(page, /^Kiên Giang 2021/);
    await page.getByText(/Dòng tiêu đề 5 · \d+ cột đã nhận diện/).waitFor();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/4 lỗi · 1 cảnh báo/);
    expect(await fake<string>(page, "t => t.engine.lastMode")).toBe("main-thread");
    await page.close();
  });

  test("English when Office is not Vietnamese; a switch back to Vietnamese; a bad rule file shows JSON paths", async () => {
    const page = await open("?lang=en-US&api=1.14");
    await page.getByRole("heading", { name: "Nomination list checker" }).waitFor();
    await page.getByText(/ExcelApi 1\.18/).waitFor();
    const bad = JSON.stringify({ id: "Bad Id", name: { vi: "x", en: "x" }, plan: { title: "t" }, rules: [{ id: "r", kind: "threshold", anyOf: [{ field: "contribution" }] }] });
    await page.getByLabel("Rule file").setInputFiles({ name: "rules.json", mimeType: "application/json", buffer: Buffer.from(bad) });
    await page.getByText('The rule file "rules.json" is not valid').waitFor();
    await page.getByText("$.rules[0].anyOf[0].min").waitFor();
    await page.getByText("$.id").waitFor();
    await page.getByRole("button", { name: "Switch to Vietnamese" }).click();
    await page.getByRole("heading", { name: "Kiểm tra danh sách khen thưởng" }).waitFor();
    await page.close();
  });

  test("the production page loads Office.js locally and, outside Office, says where it runs", async () => {
    const page = await open("", "/taskpane.html");
    await page.getByText(/^(Ngăn này chạy trong Excel|This pane runs inside Excel)\./).waitFor();
    await page.close();
  });

  test("Office.js and the pane need no network; initial JavaScript stays under 250 KB gzipped", () => {
    // the only request that leaves is Office.js's own telemetry frame, blocked here, needed by nothing
    expect(outside.filter((u) => !new URL(u).hostname.endsWith(".oaspapps.com"))).toEqual([]);
    expect(pageErrors).toEqual([]);
    const js = initialJs(dist);
    expect(js.files.length).toBeGreaterThan(0);
    expect(js.gzipBytes).toBeLessThanOrEqual(250 * 1024);
    // the engine worker loads on demand: never in the initial JavaScript; its TCVN3 table is 128 characters of data, no chunk
    const worker = workerJs(dist);
    expect(js.files.some((f) => f.includes("engine.worker"))).toBe(false);
    expect(worker.lazy.map((c) => c.file)).toEqual([]);
    writeFileSync(join("test-artifacts", "taskpane-bundle.json"), JSON.stringify({ ...js, worker }, null, 2));
  });
});
