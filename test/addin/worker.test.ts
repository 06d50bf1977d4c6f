// the engine worker's protocol as a plain function: request in, progress out, then one report or one error
import { describe, expect, test } from "vitest";
import { check, type CellValue, type SheetJob } from "../../src/engine/index.js";
import { handleEngineMessage, type HandlerDeps } from "../../src/addin/worker/handler.js";
import type { EngineReply, EngineRequest } from "../../src/addin/worker/protocol.js";
import { GOOD_ROWS, HEADERS } from "./fixtures.js";
import { kienGiang } from "./harness.js";
import { PRESETS } from "../../src/presets/index.js";

const deps: HandlerDeps = { loadEngine: async () => ({ check }) };

function listOf(rows: CellValue[][]): SheetJob {
  return { name: "Danh sách", rows: [["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"], [], [...HEADERS], ...rows] };
}

function manyRows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [i + 1, `Nguyễn Văn ${i + 1}`, "Cá nhân", "Cán bộ", "Sở Y tế", i % 10 === 9 ? "Giấy khen" : "Bằng khen UBND tỉnh", "Đột xuất"]);
}

function request(jobs: SheetJob[], extra: Partial<EngineRequest> = {}): EngineRequest {
  return { type: "check", id: 7, campaign: kienGiang(), jobs, lang: "vi", legacy: true, ...extra };
}

async function replies(data: unknown, d: HandlerDeps = deps): Promise<EngineReply[]> {
  const out: EngineReply[] = [];
  await handleEngineMessage(data, d, (r) => out.push(structuredClone(r)));
  return out;
}

describe("engine worker protocol", () => {
  test("a request gets progress from 0 to all rows, then the same report as the engine on the main thread", async () => {
    const job = listOf(manyRows(12_000));
    const out = await replies(request([job]));
    const progress = out.filter((r) => r.type === "progress");
    const total = job.rows.length;
    expect(progress[0]).toEqual({ type: "progress", id: 7, done: 0, total });
    expect(progress.at(-1)).toEqual({ type: "progress", id: 7, done: total, total });
    expect(progress.length).toBeGreaterThanOrEqual(4); // the engine reports every 4,096 rows
    const dones = progress.map((p) => (p.type === "progress" ? p.done : -1));
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    const last = out.at(-1);
    expect(last?.type).toBe("report");
    const report = last?.type === "report" ? last.report : null;
    expect(report).toEqual(check(kienGiang(), [job], { lang: "vi" }));
    expect(report?.findings).toHaveLength(1200);
    expect(out.filter((r) => r.type !== "progress")).toHaveLength(1);
  });

  test("TCVN3 text is decoded in the handler when asked; without the flag it is not", async () => {
    const tcvn = [4, "NguyÔn ThÞ Hång Nhung", "C¸ nh©n", null, "Së Y tÕ", "B»ng khen UBND tØnh", "§ét xuÊt", null, null, null];
    const job = listOf([...GOOD_ROWS, tcvn]);
    const decoded = (await replies(request([job]))).at(-1);
    expect(decoded?.type === "report" && decoded.report.findings).toEqual([]);
    const raw = (await replies(request([job], { legacy: false }))).at(-1);
    expect(raw?.type === "report" && raw.report.findings.map((f) => f.code)).toContain("not-allowed");
  });

  test.each([
    ["nothing", undefined, -1, /not an object/],
    ["an unknown type", { type: "hello", id: 3 }, 3, /unknown message type "hello"/],
    ["no sheets", { type: "check", id: 4, campaign: {}, lang: "vi" }, 4, /no sheets/],
    ["a sheet without rows", { type: "check", id: 5, campaign: {}, jobs: [{ name: "x" }], lang: "vi" }, 5, /no sheets/],
    ["an unknown language", { type: "check", id: 6, campaign: {}, jobs: [], lang: "fr" }, 6, /unknown language "fr"/],
  ])("a bad request (%s) gets one error reply naming the problem", async (_what, data, id, message) => {
    const out = await replies(data);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: "error", id, message: expect.stringMatching(message) });
  });

  test("an engine that throws, an engine chunk that cannot load: one error each", async () => {
    const job = listOf(GOOD_ROWS);
    const throwing: HandlerDeps = {
      ...deps,
      loadEngine: async () => ({
        check: () => {
          throw new TypeError("boom\n    at check (engine.ts:1)");
        },
      }),
    };
    expect((await replies(request([job]), throwing)).at(-1)).toEqual({ type: "error", id: 7, message: "TypeError: boom" });

    const noEngine: HandlerDeps = { ...deps, loadEngine: () => Promise.reject("offline") };
    expect(await replies(request([job]), noEngine)).toEqual([{ type: "error", id: 7, message: "offline" }]);
  });

  test("a campaign the engine cannot use is an error reply, not a hang", async () => {
    const out = await replies(request([listOf(GOOD_ROWS)], { campaign: { id: "x" } as never }));
    expect(out.filter((r) => r.type !== "progress")).toHaveLength(1);
    expect(out.at(-1)?.type).toBe("error");
  });

  test("candidates sent with the request reach the engine: a Kon Tum list checked against Kiên Giang gets its hint; a bad list is refused", async () => {
    const konTum = { name: "DS", rows: [["UBND TỈNH KON TUM"], ["Kế hoạch số 57/KH-SNV"], [], ["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "Nguyễn Văn An", "Giấy khen của Giám đốc Sở Nội vụ"], [2, "Lê Thị Bình", "GK"]] };
    const candidates = structuredClone(PRESETS); // as the pane posts them: plain data through structured clone
    const out = await replies(request([konTum], { candidates }));
    const last = out.at(-1);
    expect(last?.type === "report" ? last.report.hints?.map((h) => h.campaign) : last).toEqual(["kon-tum-snv-2021-covid"]);
    const without = (await replies(request([konTum]))).at(-1);
    expect(without?.type === "report" ? without.report.hints : without).toEqual([]);
    const bad = await replies({ ...request([konTum]), candidates: [null] });
    expect(bad).toEqual([{ type: "error", id: 7, message: "bad engine request: bad candidates (campaigns)" }]);
  });
});
