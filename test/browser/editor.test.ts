// the campaign editor in Debian's Chromium: a plan built from blank in the pane on the fake host (saved,
// checked, reopened, exported and given to the command), the same in editor.html without Office, each
// input's message beside it, and a screenshot of every section at 350 px (test-artifacts/)
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Finding, Report } from "../../src/engine/index.js";
import { run, tmp } from "../fixtures/build.js";
import { launch } from "./browser.js";
import { initialJs } from "./bundle.js";
import { buildEditorPages } from "./editorBuild.js";
import { EDITOR_HEADERS, EDITOR_ROWS } from "./fixture/editorBook.js";
import { serve } from "./serve.js";

let browser: BrowserContext;
let server: Awaited<ReturnType<typeof serve>>;
let dist: string;
let dir: string;
let listXlsx: string;
const outside: string[] = [];
const pageErrors: string[] = [];
const SHOTS = "test-artifacts";

beforeAll(async () => {
  dist = await buildEditorPages();
  server = await serve(dist);
  browser = await launch();
  dir = await tmp("thidua-editor-");
  listXlsx = join(dir, "danh-sach.xlsx");
  await writeList(listXlsx);
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** the rows of editorBook() as an .xlsx, for the command */
async function writeList(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.getCell("A1").value = "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG";
  ws.getCell("A3").value = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG";
  ws.getRow(6).values = EDITOR_HEADERS;
  EDITOR_ROWS.forEach((r, i) => (ws.getRow(7 + i).values = [...r.row, r.date]));
  await wb.xlsx.writeFile(file);
}

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 350, height: 900 });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** findings as the sheet shows them: [code, rule, row, column] */
const tuples = (fs: Finding[]) => fs.map((f) => [f.code, f.rule, f.row ?? 0, f.column ?? ""] as const).sort((a, b) => a[2] - b[2] || a[0].localeCompare(b[0]));

const EXPECTED = [
  ["quota-below-minimum", "so-luong", 7, "E"],
  ["below-threshold", "nguong", 10, "H"],
  ["not-allowed", "hinh-thuc", 12, "F"],
  ["outside-period", "thoi-gian", 13, "K"],
  ["quota-exceeded", "so-luong", 14, "E"],
];

const section = (page: Page, name: RegExp) => page.getByRole("button", { name });

async function openSection(page: Page, name: RegExp): Promise<void> {
  const b = section(page, name);
  if ((await b.getAttribute("aria-expanded")) !== "true") await b.click();
}

/** picks options of a (multi-select) dropdown and closes it */
async function pick(scope: Locator, page: Page, label: string, options: string[]): Promise<void> {
  await scope.getByRole("combobox", { name: label }).first().click();
  // a multi-select Fluent dropdown lists its options as menuitemcheckbox
  for (const o of options) await page.getByRole("menuitemcheckbox", { name: o, exact: true }).click();
  await page.keyboard.press("Escape");
}

/** the message a field shows beside its input (Fluent's Field links it by aria-describedby), "" when none */
async function messageOf(input: Locator): Promise<string> {
  return input.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter((id) => id.endsWith("__validationMessage"))
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim(),
  );
}

async function shot(page: Page, value: string, name: string): Promise<void> {
  // the sticky action bar would cover the section's lower part in an element screenshot
  await page.locator(`[data-section="${value}"]`).screenshot({ path: join(SHOTS, `editor-${name}.png`), animations: "disabled", style: "[data-actions] { position: static !important; }" });
}

/** the scripted plan: two award forms, a 50,000,000 đ minimum for collective donors with an alternative,
 * a quota of 5–10 for units matching "Sở *", a period from 1/3/2026 */
async function buildFromBlank(page: Page, shots: boolean): Promise<void> {
  await page.getByRole("radio", { name: "Kế hoạch trống" }).check();
  await page.getByRole("button", { name: "Bắt đầu soạn" }).click();

  // 1. the plan: no message before the box is touched; emptied, it is refused beside the box
  const name = page.getByRole("textbox", { name: /^Tên phong trào thi đua/ });
  expect(await messageOf(name)).toBe("");
  await name.fill("P");
  await name.fill("");
  expect(await messageOf(name)).toBe("Không được để trống");
  await name.fill("Phong trào thi đua năm 2026");
  expect(await messageOf(name)).toBe("");
  await page.getByRole("textbox", { name: /^Số kế hoạch/ }).fill("12/KH-UBND");
  await page.getByRole("textbox", { name: /^Ngày ban hành/ }).fill("20/2/2026");
  await page.getByRole("textbox", { name: /^Tiêu đề kế hoạch/ }).fill("Kế hoạch phát động phong trào thi đua năm 2026");
  await page.getByRole("textbox", { name: /^Cơ quan ban hành/ }).fill("Ủy ban nhân dân tỉnh");
  expect(await page.getByRole("textbox", { name: /^Mã kế hoạch/ }).inputValue()).toBe("phong-trao-thi-dua-nam-2026");
  if (shots) await shot(page, "plan", "1-plan");

  // 2. award forms: one built-in, one of the plan's own with another spelling
  await openSection(page, /^2\. Đối tượng và hình thức/);
  const forms = page.getByRole("group", { name: "Hình thức khen thưởng", exact: true }).first();
  await forms.getByRole("checkbox", { name: "Bằng khen của Chủ tịch UBND tỉnh" }).check();
  await page.getByRole("button", { name: "Thêm mục riêng: Hình thức khen thưởng" }).click();
  const own = page.getByRole("group", { name: "Thêm mục riêng: Hình thức khen thưởng" });
  await own.getByRole("textbox", { name: /Tên/ }).fill("Giấy khen của Giám đốc Sở Nội vụ");
  await own.getByRole("textbox", { name: /Cách viết khác/ }).fill("GK Giám đốc SNV");
  await own.getByRole("button", { name: "Thêm" }).click();
  await expect.poll(() => forms.getByRole("checkbox", { name: /Giấy khen của Giám đốc Sở Nội vụ/ }).isChecked()).toBe(true);
  if (shots) await shot(page, "who", "2-who");

  // 3. a minimum for collective donors, with an alternative
  await openSection(page, /^3\. Mức tối thiểu, tối đa/);
  await page.getByRole("button", { name: "Thêm mức tối thiểu/tối đa" }).click();
  const card = page.getByRole("group", { name: "Mức 1" });
  await pick(card, page, "Loại khen thưởng", ["Nhà hảo tâm"]);
  await pick(card, page, "Đối tượng được đề nghị", ["Tập thể"]);
  const first = card.getByRole("group", { name: "Tiêu chí 1" });
  const min1 = first.getByRole("textbox", { name: "Tối thiểu" });
  await min1.fill("năm mươi");
  expect(await messageOf(min1)).toBe("Cần một số");
  await min1.fill("");
  expect(await messageOf(min1)).toBe("Cần mức tối thiểu hoặc tối đa");
  await min1.fill("50.000.000");
  expect(await messageOf(min1)).toBe("");
  await card.getByRole("button", { name: "Thêm tiêu chí thay thế (hoặc)" }).click();
  const second = card.getByRole("group", { name: "Tiêu chí 2" });
  expect(await second.getByRole("combobox", { name: "Cột" }).textContent()).toContain("Giá trị vận động");
  await second.getByRole("textbox", { name: "Tối thiểu" }).fill("100 triệu");
  if (shots) await shot(page, "thresholds", "3-thresholds");

  // 4. a quota of 5–10 for the departments, donors not counted
  await openSection(page, /^4\. Số lượng theo đơn vị/);
  await page.getByRole("button", { name: "Thêm định mức số lượng" }).click();
  const quota = page.getByRole("group", { name: "Định mức 1" });
  const group = quota.getByRole("group", { name: "Nhóm đơn vị 1" });
  await group.getByRole("textbox", { name: /^Tên nhóm/ }).fill("Các sở, ban, ngành");
  await group.getByRole("textbox", { name: /^Mẫu tên/ }).fill("Sở *");
  await group.getByRole("textbox", { name: "Tối thiểu" }).fill("5");
  const max = group.getByRole("textbox", { name: "Tối đa" });
  await max.fill("3");
  expect(await messageOf(group.getByRole("textbox", { name: "Tối thiểu" }))).toBe("Tối thiểu lớn hơn tối đa");
  await max.fill("10");
  await pick(quota, page, "Loại khen thưởng", ["Nhà hảo tâm"]);
  if (shots) await shot(page, "quotas", "4-quotas");

  // 5. the period from 1/3/2026, open end
  await openSection(page, /^5\. Thời gian/);
  await page.getByRole("button", { name: "Thêm khoảng thời gian" }).click();
  const from = page.getByRole("textbox", { name: /^Từ ngày/ });
  await from.fill("31/2/2026");
  expect(await messageOf(from)).toBe("Nhập ngày dạng ngày/tháng/năm, ví dụ 1/3/2026");
  await from.fill("1/3/2026");
  expect(await messageOf(from)).toBe("");

  // 6. required columns and duplicates came with the blank plan
  await openSection(page, /^6\. Cột bắt buộc/);
  expect(await page.getByRole("switch", { name: "Báo khi một người/tập thể có hai dòng" }).isChecked()).toBe(true);
  if (shots) {
    await shot(page, "dates", "5-dates");
    await shot(page, "columns", "6-columns");
  }
  await page.getByRole("status").filter({ hasText: "Kế hoạch hợp lệ: 6 quy tắc" }).waitFor();
}

async function exported(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất tệp .json" }).click()]);
  expect(download.suggestedFilename()).toBe("phong-trao-thi-dua-nam-2026.json");
  const file = join(dir, name);
  await download.saveAs(file);
  return file;
}

async function commandFindings(rules: string): Promise<Finding[]> {
  expect(await run("rules", "check", rules)).toMatchObject({ code: 0, err: "" });
  const r = await run("check", listXlsx, "--campaign", rules, "--format", "json");
  expect(r.code).toBe(1);
  return (JSON.parse(r.out) as Report).findings;
}

const state = <T>(page: Page, fn: string): Promise<T> => page.evaluate(`(${fn})(window.__editor.state)`) as Promise<T>;

describe("campaign editor in Chromium", () => {
  let paneFile = "";

  test("in the pane: from blank to a saved campaign, tried, checked, reopened, exported for the command", async () => {
    const page = await open("/test/browser/fixture/editorhost.html");
    await page.getByRole("heading", { name: "Kiểm tra danh sách khen thưởng" }).waitFor();
    await expect.poll(() => page.getByRole("combobox", { name: "Chọn trang tính cần kiểm tra" }).textContent()).toContain("Danh sách");
    await page.getByRole("button", { name: "Tạo kế hoạch mới" }).click();
    await buildFromBlank(page, true);

    // tried on the sheet before saving: rows per rule
    await page.getByRole("button", { name: "Thử trên trang tính này" }).click();
    const table = page.getByRole("table", { name: "Thử trên “Danh sách”: 19 dòng" });
    await table.waitFor();
    const rows = await table.getByRole("row").allInnerTexts();
    expect(rows.slice(1).map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
      "Cột bắt buộc 0",
      "Trùng lặp 0",
      "Giá trị được phép: Hình thức khen thưởng 1",
      "Mức tối thiểu, tối đa: Giá trị đóng góp / Giá trị vận động 1",
      "Số lượng: Các sở, ban, ngành 14",
      "Thời gian: Ngày lập thành tích 1",
    ]);
    expect(await state<number>(page, "s => s.host.settings.saves")).toBe(0);
    await page.locator("[role=region]").screenshot({ path: join(SHOTS, "editor-7-try.png") });

    // saved into the workbook, then the pane checks with it
    await page.getByRole("button", { name: "Lưu vào sổ làm việc" }).click();
    await page.getByText("Đã lưu “Phong trào thi đua năm 2026” vào sổ làm việc; kế hoạch này được dùng để kiểm tra.").waitFor();
    expect(await state<number>(page, "s => s.host.settings.saves")).toBe(1);
    await page.getByRole("button", { name: "Quay lại kiểm tra" }).click();
    await expect.poll(() => page.getByRole("combobox", { name: /Chọn kế hoạch/ }).textContent()).toContain("Phong trào thi đua năm 2026");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/4 lỗi · 1 cảnh báo/);
    const pane = await state<Report>(page, "s => s.lastReport");
    expect(tuples(pane.findings)).toEqual(EXPECTED);

    // the workbook saved and opened again: the campaign is still there
    await page.evaluate(() => (window as unknown as { __editor: { reopen(): void } }).__editor.reopen());
    await expect.poll(() => page.getByRole("combobox", { name: /Chọn kế hoạch/ }).textContent()).toContain("Phong trào thi đua năm 2026");

    // edited again and exported: the command accepts the file and finds what the pane found
    await page.getByRole("button", { name: "Sửa kế hoạch" }).click();
    await page.getByRole("heading", { name: "Sửa kế hoạch" }).waitFor();
    expect(await page.getByRole("textbox", { name: /^Tên phong trào thi đua/ }).inputValue()).toBe("Phong trào thi đua năm 2026");
    paneFile = await exported(page, "from-pane.json");
    const json = JSON.parse(readFileSync(paneFile, "utf8")) as { $schema: string; plan: { number: string; date: string } };
    expect(json).toMatchObject({ $schema: "./thidua.schema.json", plan: { number: "12/KH-UBND", date: "2026-02-20" } });
    expect(tuples(await commandFindings(paneFile))).toEqual(tuples(pane.findings));
    await page.close();
  }, 120_000);

  test("editor.html outside Office: the same plan, ending in a downloaded file the command accepts", async () => {
    const page = await open("/editor.html");
    await page.getByRole("heading", { name: "Soạn kế hoạch thi đua" }).waitFor();
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("undefined");
    // no workbook here: neither saving nor trying, only the file
    await buildFromBlank(page, false);
    expect(await page.getByRole("button", { name: "Lưu vào sổ làm việc" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Thử trên trang tính này" }).count()).toBe(0);
    const file = await exported(page, "from-browser.json");
    expect(tuples(await commandFindings(file))).toEqual(EXPECTED);
    await page.screenshot({ path: join(SHOTS, "editor-standalone.png"), fullPage: true });

    // English switch
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("heading", { name: "Campaign editor" }).waitFor();
    await page.getByRole("button", { name: /^1\. The plan/ }).waitFor();
    await page.close();
  }, 120_000);

  test("an imported campaign keeps every rule on export, those without a form shown read-only", async () => {
    const page = await open("/editor.html");
    await page.getByRole("button", { name: "Bắt đầu soạn" }).click();
    const shipped = JSON.parse(readFileSync("src/presets/hung-yen-2021-covid.json", "utf8")) as { rules: Record<string, unknown>[] };
    // a second required rule, for donor rows only: the columns section edits the first one alone
    const extra = { kind: "required", id: "nha-hao-tam-can-gia-tri", when: { rewardKind: "donor" }, fields: ["contribution"], description: { vi: "Nhà hảo tâm ghi giá trị đóng góp", en: "Donors give the amount" } };
    const input = { ...shipped, rules: [...shipped.rules, extra] };
    await page.getByLabel("Tệp quy tắc cần nhập").setInputFiles({ name: "hung-yen.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(input)) });
    await page.getByText("Đã nhập hung-yen.json.").waitFor();
    await openSection(page, /^Quy tắc khác/);
    await page.getByText("Cột bắt buộc: Nhà hảo tâm ghi giá trị đóng góp").waitFor();
    // the proposer rule of the plan (donors proposed by the Fatherland Front or the Red Cross) has a form
    await openSection(page, /^2\. Đối tượng/);
    expect(await page.getByRole("group", { name: "Giới hạn 1" }).getByRole("textbox", { name: /Chỉ nhận các giá trị/ }).inputValue()).toContain("Ủy ban MTTQ Việt Nam tỉnh");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất tệp .json" }).click()]);
    const file = join(dir, "hung-yen.json");
    await download.saveAs(file);
    const out = JSON.parse(readFileSync(file, "utf8")) as { rules: unknown[] };
    expect(out.rules).toEqual(input.rules);
    expect((await run("rules", "check", file)).code).toBe(0);
    await page.close();
  });

  test("each input's message beside it: a table", async () => {
    const page = await open("/editor.html");
    await page.getByRole("button", { name: "Bắt đầu soạn" }).click();
    for (const [sec, add] of [
      [/^2\. Đối tượng/, null],
      [/^3\. Mức tối thiểu/, "Thêm mức tối thiểu/tối đa"],
      [/^4\. Số lượng/, "Thêm định mức số lượng"],
      [/^5\. Thời gian/, "Thêm khoảng thời gian"],
      [/^5\. Thời gian/, "Thêm hạn chót"],
      [/^6\. Cột bắt buộc/, "Thêm cột riêng"],
    ] as const) {
      await openSection(page, sec);
      if (add) await page.getByRole("button", { name: add }).click();
    }
    await page.getByRole("button", { name: "Thêm mục riêng: Hình thức khen thưởng" }).click();
    const own = page.getByRole("group", { name: "Thêm mục riêng: Hình thức khen thưởng" });
    await own.getByRole("textbox", { name: /Tên/ }).fill("Kỷ niệm chương");
    await own.getByRole("button", { name: "Thêm" }).click();
    const criterion = () => page.getByRole("group", { name: "Tiêu chí 1" });
    const group = () => page.getByRole("group", { name: "Nhóm đơn vị 1" });
    // [input, where it is, what is typed, the message beside it]
    const TABLE: [string, () => Locator, string, string][] = [
      ["campaign name", () => page.getByRole("textbox", { name: /^Tên phong trào thi đua/ }), "", "Không được để trống"],
      ["plan title", () => page.getByRole("textbox", { name: /^Tiêu đề kế hoạch/ }), "", "Không được để trống"],
      ["plan date", () => page.getByRole("textbox", { name: /^Ngày ban hành/ }), "32/1/2026", "Nhập ngày dạng ngày/tháng/năm, ví dụ 1/3/2026"],
      ["campaign id", () => page.getByRole("textbox", { name: /^Mã kế hoạch/ }), "Kế hoạch 1", "Mã kế hoạch chỉ gồm chữ thường không dấu, số và gạch nối, ví dụ ke-hoach-2026"],
      ["own award form", () => page.getByRole("textbox", { name: "Tên", exact: true }), "", "Không được để trống"],
      ["threshold minimum, none given", () => criterion().getByRole("textbox", { name: "Tối thiểu" }), "", "Cần mức tối thiểu hoặc tối đa"],
      ["threshold maximum", () => criterion().getByRole("textbox", { name: "Tối đa" }), "nhiều lắm", "Cần một số"],
      ["unit group name", () => group().getByRole("textbox", { name: /^Tên nhóm/ }), "", "Không được để trống"],
      ["quota minimum", () => group().getByRole("textbox", { name: "Tối thiểu" }), "2,5", "Cần một số nguyên"],
      ["quota maximum", () => group().getByRole("textbox", { name: "Tối đa" }), "-1", "Cần một số từ 0 trở lên"],
      ["period start, no end either", () => page.getByRole("textbox", { name: /^Từ ngày/ }), "", "Cần ngày bắt đầu hoặc ngày kết thúc"],
      ["deadline", () => page.getByRole("textbox", { name: /^Chậm nhất ngày/ }), "", "Bắt buộc"],
      ["own column name", () => page.getByRole("textbox", { name: /^Tên cột/ }), "", "Không được để trống"],
    ];
    for (const [what, input, text, message] of TABLE) {
      await input().fill(text);
      await input().press("Tab");
      expect.soft(await messageOf(input()), what).toBe(message);
      expect.soft(await input().getAttribute("aria-invalid"), what).toBe("true");
    }
    // two inputs together
    await group().getByRole("textbox", { name: "Tối thiểu" }).fill("7");
    await group().getByRole("textbox", { name: "Tối đa" }).fill("5");
    expect(await messageOf(group().getByRole("textbox", { name: "Tối thiểu" }))).toBe("Tối thiểu lớn hơn tối đa");
    await page.getByRole("textbox", { name: /^Từ ngày/ }).fill("1/3/2026");
    await page.getByRole("textbox", { name: /^Đến ngày/ }).fill("1/1/2026");
    expect(await messageOf(page.getByRole("textbox", { name: /^Đến ngày/ }))).toBe("Ngày kết thúc trước ngày bắt đầu");
    // nothing can be saved or exported while any stands
    expect(await page.getByRole("button", { name: "Xuất tệp .json" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: /^▸ Còn \d+ chỗ cần sửa trước khi lưu$/ }).waitFor();
    // the same messages in English
    await page.getByRole("button", { name: "Switch to English" }).click();
    expect(await messageOf(page.getByRole("group", { name: "Criterion 1" }).getByRole("textbox", { name: "Maximum" }))).toBe("Needs a number");
    expect(await messageOf(page.getByRole("textbox", { name: /^Plan title/ }))).toBe("Must not be empty");
    await page.close();
  }, 120_000);

  test("keyboard only: start, type the name, open a section, tick an award form", async () => {
    const page = await open("/editor.html");
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() || (document.activeElement?.getAttribute("aria-label") ?? ""));
    /** Tab until the focused element is the one wanted (at most 40 presses) */
    const tabTo = async (test: (el: { text: string; label: string }) => boolean) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const el = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          const id = a?.id;
          const label = a?.getAttribute("aria-label") ?? (id ? document.querySelector(`label[for="${id}"]`)?.textContent : null) ?? "";
          return { text: a?.innerText?.trim() ?? "", label: label.trim() };
        });
        if (test(el)) return;
      }
      throw new Error(`not reached by Tab; last focus: ${await focused()}`);
    };
    await tabTo((e) => e.text === "Bắt đầu soạn");
    await page.keyboard.press("Enter");
    await tabTo((e) => e.label.startsWith("Tên phong trào thi đua"));
    await page.keyboard.type("Kế hoạch thi đua 2026");
    expect(await page.getByRole("textbox", { name: /^Mã kế hoạch/ }).inputValue()).toBe("ke-hoach-thi-dua-2026");
    await tabTo((e) => e.text.startsWith("2. Đối tượng"));
    await page.keyboard.press("Enter");
    await tabTo((e) => e.label === "Giấy khen");
    await page.keyboard.press("Space");
    expect(await page.getByRole("checkbox", { name: "Giấy khen", exact: true }).isChecked()).toBe(true);
    await page.close();
  }, 60_000);

  test("no request leaves; the pane's initial JavaScript stays under 250 KB gzipped without the editor", () => {
    expect(outside.filter((u) => !new URL(u).hostname.endsWith(".oaspapps.com"))).toEqual([]);
    expect(pageErrors).toEqual([]);
    const js = initialJs(dist);
    expect(js.gzipBytes).toBeLessThanOrEqual(250 * 1024);
    expect(js.files.some((f) => /Editor-/.test(f))).toBe(false);
    const html = readFileSync(join(dist, "editor.html"), "utf8");
    expect(html).not.toMatch(/<script[^>]*office/i);
  });
});
