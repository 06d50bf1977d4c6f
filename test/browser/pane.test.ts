// the built pane in Chromium on the fake host: live re-check as the user edits, no serious or critical
// accessibility violation (axe-core), and the whole flow with the keyboard only; screenshots in test-artifacts/
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launch } from "./browser.js";
import { buildPane } from "./build.js";
import { serve } from "./serve.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let browser: BrowserContext;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const dist = await buildPane();
  server = await serve(dist);
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query = ""): Promise<Page> {
  const page = await browser.newPage();
  await page.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  await page.goto(`${server.url}/test/browser/fixture/fakehost.html${query}`);
  await page.getByRole("heading", { name: "Kiểm tra danh sách khen thưởng" }).waitFor();
  return page;
}

const fake = <T>(page: Page, fn: string): Promise<T> => page.evaluate(`(${fn})(window.__thidua)`) as Promise<T>;

async function checkWithMouse(page: Page) {
  await page.getByRole("combobox", { name: /Chọn kế hoạch/ }).click();
  await page.getByRole("option", { name: /^Kiên Giang 2021/ }).click();
  await page.getByText(/Dòng tiêu đề 5 · \d+ cột đã nhận diện/).waitFor();
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
}

async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Fluent UI's focus manager (tabster) puts aria-hidden, focusable <i data-tabster-dummy> guards at the edges
    // of focus groups on purpose, to catch Tab; they are never reached as content, so they are left out
    const r = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ") + " " + (document.querySelector(n.target.join(" "))?.outerHTML.slice(0, 160) ?? "")) }));
  });
}

describe("pane in Chromium: live re-check, accessibility, keyboard", () => {
  test("edits after a check re-check themselves: marks follow, the pane says +1 −1, within three requests", async () => {
    const page = await open();
    await checkWithMouse(page);
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/4 lỗi · 1 cảnh báo/);
    expect(await page.getByRole("switch", { name: "Tự kiểm tra lại khi sửa" }).isChecked()).toBe(true);
    await fake(page, "t => (t.book.resetStats(), t.book.edit('Danh sách', 'F10', 'Bằng khen UBND tỉnh'), t.book.edit('Danh sách', 'F8', 'Giấy khen'))");
    await page.getByText("Vừa kiểm tra lại: +1 lỗi, −1 lỗi").waitFor({ timeout: 20_000 });
    expect(await fake<number>(page, "t => t.book.stats.syncs")).toBeLessThanOrEqual(3);
    expect(await fake(page, "t => t.book.sheet('Danh sách').cell(8, 6).fill.color")).toBe("#FFC7CE");
    expect(await fake(page, "t => t.book.sheet('Danh sách').cell(10, 6).fill.color")).toBe("#FFFF00"); // the clerk's own
    await page.getByRole("button", { name: /^Chọn ô F8 / }).waitFor();
    expect(await page.getByRole("button", { name: /^Chọn ô F10 / }).count()).toBe(0);

    // switched off, further edits leave the marks alone
    await page.getByRole("switch", { name: "Tự kiểm tra lại khi sửa" }).click();
    await page.waitForTimeout(2_600); // past the grace for late events
    await fake(page, "t => t.book.edit('Danh sách', 'F9', 'Giấy khen')");
    await page.waitForTimeout(1_200);
    expect(await fake(page, "t => t.book.sheet('Danh sách').cell(9, 6).fill.pattern")).toBe("None");
    expect(await fake(page, "t => t.book.violations")).toEqual([]);
    await page.close();
  }, 90_000);

  test("no serious or critical accessibility violation, before and after a check (axe-core); a screenshot at 350 px", async () => {
    const page = await open();
    await page.setViewportSize({ width: 350, height: 1400 });
    expect(await axeViolations(page)).toEqual([]);
    await checkWithMouse(page);
    await page.getByRole("button", { name: "Chọn ô H11 Giá trị đóng góp" }).first().waitFor().catch(() => undefined);
    expect(await axeViolations(page)).toEqual([]);
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: join("test-artifacts", "taskpane-350.png"), fullPage: true, animations: "disabled" });
    // nothing wider than the pane: name what sticks out, so a failure says where
    const wide = await page.evaluate(() => [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > 350.5 && getComputedStyle(e).position !== "fixed")
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 60)} ${Math.round(e.getBoundingClientRect().right)}`).slice(0, 8));
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await page.close();
  }, 90_000);

  test("a nominee submitted 40 times is one entry: the first listing, then the 39 other cells; each selects its cell", async () => {
    const page = await open("?book=repeats");
    await page.setViewportSize({ width: 350, height: 1000 });
    await checkWithMouse(page);
    await page.getByRole("tab", { name: "Loại lỗi" }).click();
    const group = page.getByRole("button", { name: /^Trùng lặp/ });
    if ((await group.getAttribute("aria-expanded")) !== "true") await group.click();
    const list = page.getByRole("list", { name: /^Trùng lặp \(39\)$/ });
    const entries = list.getByRole("button", { name: /^Chọn ô B\d+ “Nguyễn Văn Lặp” \(Huyện Gò Quao\) có 40 dòng đề nghị, lần đầu ở dòng \d+$/ });
    expect(await entries.count()).toBe(1);
    const others = page.getByRole("list", { name: "Các lần sau:" }).getByRole("button");
    expect(await others.count()).toBe(39);
    const firstRow = Number(/dòng (\d+)$/.exec(String(await entries.getAttribute("aria-label")))![1]);
    await entries.click();
    await expect.poll(() => fake(page, "t => t.book.selection")).toEqual({ sheet: "Danh sách", address: `B${firstRow}` });
    await others.nth(38).click();
    await expect.poll(() => fake(page, "t => t.book.selection")).toEqual({ sheet: "Danh sách", address: `B${firstRow + 39}` });
    expect(await axeViolations(page)).toEqual([]);
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: join("test-artifacts", "taskpane-repeats.png"), fullPage: true, animations: "disabled" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await page.close();
  }, 90_000);

  test("codes read through a very hidden DANHMUC: the layout editor says so before the check, the check flags only the code the plan refuses", async () => {
    const page = await open("?book=codes");
    await page.setViewportSize({ width: 350, height: 1400 });
    await page.getByRole("combobox", { name: /Chọn kế hoạch/ }).click();
    await page.getByRole("option", { name: /^Kon Tum/ }).click();
    await page.getByText(/Dòng tiêu đề 3 · \d+ cột đã nhận diện/).click();
    await page.getByText("đọc mã qua bảng “DANHMUC”").waitFor();
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: join("test-artifacts", "taskpane-codes-350.png"), fullPage: true, animations: "disabled" });
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/5 dòng · 1 lỗi/);
    const cells = await fake<string[]>(page, "t => [...t.book.sheet('I. Cá nhân').cells.entries()].filter(([, c]) => c.fill.pattern !== 'None').map(([k]) => k)");
    expect(cells.length).toBe(1);
    expect(await fake<string[]>(page, "t => t.book.violations")).toEqual([]);
  }, 90_000);

  test("a Kon Tum list checked against Kiên Giang 2021: a hint (not an error) naming the Kon Tum plan, in both languages; its button switches only when clicked", async () => {
    const page = await open("?book=kontum");
    await page.setViewportSize({ width: 350, height: 1400 });
    await page.getByRole("combobox", { name: /Chọn kế hoạch/ }).click();
    await page.getByRole("option", { name: /^Kiên Giang 2021/ }).click();
    await page.getByText(/Dòng tiêu đề 6 · \d+ cột đã nhận diện/).waitFor();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    const bar = page.locator("[data-hint]");
    await bar.waitFor();
    expect(await bar.count()).toBe(1);
    expect(await bar.getAttribute("data-hint")).toBe("kon-tum-snv-2021-covid");
    expect(await bar.textContent()).toMatch(/^Gợi ý: có thể chọn nhầm kế hoạchDanh sách này có vẻ thuộc kế hoạch “Kon Tum, Sở Nội vụ 2021 — .*” \(kon-tum-snv-2021-covid\): tiêu đề ghi “Kon Tum”, “57\/KH-SNV”/);
    // a hint is no finding: the count and the marks are the Kiên Giang check's, and the campaign is unchanged
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/4 dòng · \d+ lỗi/);
    expect(await page.getByRole("combobox", { name: /Chọn kế hoạch/ }).textContent()).toMatch(/^Kiên Giang 2021/);
    expect(await axeViolations(page)).toEqual([]);
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: join("test-artifacts", "taskpane-hint-350.png"), fullPage: true, animations: "disabled" });

    // the other language, rendered again from the hint's data (no new check)
    await page.getByRole("button", { name: "Chuyển sang tiếng Anh" }).click();
    await expect.poll(() => bar.textContent()).toMatch(/^Hint: the campaign may be the wrong oneThis list seems to belong to the plan “Kon Tum Home Affairs Department 2021 — .*” \(kon-tum-snv-2021-covid\)/);
    await page.getByRole("button", { name: /Switch to Vietnamese|Tiếng Việt/ }).click();
    await expect.poll(() => bar.textContent()).toMatch(/^Gợi ý/);

    // the user's own switch: the plan named is chosen, the old results go, a check again has no hint
    await page.getByRole("button", { name: "Dùng kế hoạch này (kon-tum-snv-2021-covid)" }).click();
    await expect.poll(() => page.getByRole("combobox", { name: /Chọn kế hoạch/ }).textContent()).toMatch(/^Kon Tum/);
    expect(await bar.count()).toBe(0);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    // the list fits its own plan: no finding (the status says so) and no hint
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/Không phát hiện lỗi nào/);
    expect(await bar.count()).toBe(0);
    expect(await fake(page, "t => t.book.violations")).toEqual([]);
    await page.close();
  }, 90_000);

  test("keyboard only: tab to every control, pick the campaign, Enter checks, arrows move through findings, Enter selects the cell", async () => {
    const page = await open();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") || document.activeElement?.textContent?.trim() || document.activeElement?.tagName);
    // the clear button is disabled before any check
    expect(await page.getByRole("button", { name: "Xóa đánh dấu" }).isDisabled()).toBe(true);
    await page.keyboard.press("Tab"); // language switch
    const seen: string[] = [];
    for (let i = 0; i < 8 && !/Chọn kế hoạch|Chọn một kế hoạch/.test(String(await page.evaluate(() => document.activeElement?.closest("[role=combobox], button")?.textContent ?? ""))); i++) {
      seen.push(String(await focused()));
      await page.keyboard.press("Tab");
    }
    const combo = page.getByRole("combobox", { name: /Chọn kế hoạch/ });
    await expect.poll(() => combo.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Enter"); // opens the list
    await page.getByRole("option", { name: /^Kiên Giang 2021/ }).waitFor();
    for (let i = 0; i < 12; i++) {
      const active = await page.evaluate(() => document.querySelector("[role=option][data-activedescendant-focusvisible], [role=option][aria-selected=true]")?.textContent ?? "");
      if (active.startsWith("Kiên Giang 2021")) break;
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
    await page.getByText(/Dòng tiêu đề 5 · \d+ cột đã nhận diện/).waitFor();
    // on with Tab until the Check button, then Enter
    for (let i = 0; i < 30 && (await focused()) !== "Kiểm tra"; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("Kiểm tra");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    // focus is on the results' heading; Tab reaches the findings, arrows move, Enter selects
    for (let i = 0; i < 10 && !String(await focused()).startsWith("Chọn ô"); i++) await page.keyboard.press("Tab");
    const first = String(await focused());
    expect(first).toMatch(/^Chọn ô /);
    await page.keyboard.press("ArrowDown");
    const second = String(await focused());
    expect(second).toMatch(/^Chọn ô /);
    expect(second).not.toBe(first);
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe(first);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const cell = /^Chọn ô ([A-Z]+\d+) /.exec(second)![1];
    await expect.poll(() => fake(page, "t => t.book.selection")).toEqual({ sheet: "Danh sách", address: cell });
    // every control on the way got the focus: the pane has no mouse-only control
    const reachable = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>("button:not([disabled]), [role=combobox], [role=switch], input[type=checkbox], select, [role=tab]")].filter((e) => e.offsetParent !== null).length);
    expect(reachable).toBeGreaterThan(5);
    // Clear marks with the keyboard: the old findings go with the marks
    for (let i = 0; i < 60 && (await focused()) !== "Xóa đánh dấu"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByText(/Đã khôi phục định dạng gốc của \d+ ô\./).waitFor();
    expect(await page.getByRole("heading", { name: "Kết quả kiểm tra" }).count()).toBe(0);
    await page.close();
  }, 120_000);
});
