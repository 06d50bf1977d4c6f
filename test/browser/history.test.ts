// the yearly round in the built pane (Chromium, fake host): the history picker ticks the sheets that declare
// themselves decisions, the check reads them, and a broken streak shows its missing year; a screenshot goes to test-artifacts/
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launch } from "./browser.js";
import { buildPane } from "./build.js";
import { serve } from "./serve.js";

let browser: BrowserContext;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(await buildPane());
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("history sheets in the pane", () => {
  test("declared decisions are ticked, read with the list, and a missing year is named", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    await page.goto(`${server.url}/test/browser/fixture/fakehost.html?book=yearly`);
    await page.getByRole("heading", { name: "Kiểm tra danh sách khen thưởng" }).waitFor();
    await page.getByRole("combobox", { name: /Chọn kế hoạch/ }).click();
    await page.getByRole("option", { name: /^Khen thưởng thường xuyên/ }).click();
    await page.getByRole("heading", { name: "Lịch sử khen thưởng" }).waitFor();
    const box = (name: RegExp) => page.getByRole("checkbox", { name });
    await expect.poll(() => box(/QĐ 2023 \(quyết định năm 2023\)/).isChecked()).toBe(true);
    expect(await box(/QĐ 2024/).isChecked()).toBe(true);
    expect(await box(/Ghi chú/).isChecked()).toBe(false);

    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    // Tám: CSTĐCS 2024 (decision) and 2025 (the list), 2023 under another unit; Lan: HTNV is not Lao động tiên tiến
    await page.getByText(/thiếu 2023/).first().waitFor();
    await page.getByText(/Lao động tiên tiến: xếp loại Hoàn thành tốt nhiệm vụ trở lên/).first().waitFor();
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: join("test-artifacts", "taskpane-history.png"), fullPage: true });

    // unticking the decisions: the streaks can no longer be confirmed (info), not failed
    await box(/QĐ 2023/).click();
    await box(/QĐ 2024/).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/1 lỗi · 0 cảnh báo/);
    // info findings sit in their own group, closed at first
    await page.getByText("Thông tin", { exact: true }).click();
    await page.getByText(/Không tìm thấy “Trần Thị Mai”/).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
