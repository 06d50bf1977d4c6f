// issue 7: the live re-check on a 50,000-row list (the counting fake): requests per edit batch for a
// one-cell edit and for a 1,000-row paste (goal: at most 3, whatever the sheet's size), and each batch's
// time against the full check of the same sheet measured in the same run
import { createWorkbookPort } from "../src/addin/office/port.js";
import type { LiveUpdate } from "../src/addin/port.js";
import { getPreset } from "../src/presets/index.js";
import { createFakeHost } from "../test/addin/fake/host.js";
import { bigBook } from "../test/addin/scale.js";

export async function addinLiveRows(): Promise<[string, string, string][]> {
  const campaign = getPreset("kien-giang-2021-covid")!;
  const book = bigBook(50_000, 10);
  const port = createWorkbookPort(createFakeHost(book));
  let t = performance.now();
  await port.check({ sheet: "Danh sách", campaign, lang: "vi" });
  const checkMs = performance.now() - t;
  let resolve: ((u: LiveUpdate) => void) | null = null;
  port.setLive!(true, (u) => resolve?.(u));
  const batch = async (edit: () => void): Promise<{ syncs: number; ms: number }> => {
    const done = new Promise<LiveUpdate>((r) => (resolve = r));
    book.resetStats();
    edit();
    t = performance.now();
    const u = await done;
    if (u.kind !== "rechecked") throw new Error(`live re-check: ${u.kind}`);
    return { syncs: book.stats.syncs, ms: performance.now() - t - 500 }; // less the debounce
  };
  const one = await batch(() => book.edit("Danh sách", "F8", "Giấy khen"));
  const rows = Array.from({ length: 1_000 }, (_, i) => [i + 1, `Người dán ${i}`, "Cá nhân", "Cán bộ", "Sở Y tế", i % 2 ? "Giấy khen" : "Bằng khen UBND tỉnh", "Đột xuất"]);
  const paste = await batch(() => book.paste("Danh sách", 20_004, 1, rows));
  await port.clearMarks();
  const ratio = (ms: number) => (ms / checkMs).toFixed(2);
  return [
    ["add-in live re-check, 50,000 rows, one edited cell", `${one.syncs} requests per edit batch, ${Math.round(one.ms)} ms after the debounce (${ratio(one.ms)}× the full check)`, "≤ 3 requests"],
    ["add-in live re-check, 50,000 rows, 1,000 pasted rows", `${paste.syncs} requests per edit batch, ${Math.round(paste.ms)} ms after the debounce (${ratio(paste.ms)}× the full check)`, "≤ 3 requests"],
  ];
}

if (process.argv[1]?.endsWith("bench/addinLive.ts")) for (const r of await addinLiveRows()) console.log(r.join("  "));
