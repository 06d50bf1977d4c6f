// issue 7: the add-in on Excel on the web's 5 MB request limit. 50,000 findings (every row of a
// 50,000-row list offends) checked, summarised and cleared on the counting fake: the largest request and
// answer each carried, as a share of the limit, and the requests each step took.
import type { Report } from "../src/engine/index.js";
import { createWorkbookPort } from "../src/addin/office/port.js";
import { getPreset } from "../src/presets/index.js";
import { createFakeHost } from "../test/addin/fake/host.js";
import { bigBook } from "../test/addin/scale.js";

const LIMIT = 5 * 1024 * 1024;

export async function addinPayloadRows(): Promise<[string, string, string][]> {
  const campaign = getPreset("kien-giang-2021-covid")!;
  const book = bigBook(50_000, 1);
  const port = createWorkbookPort(createFakeHost(book));
  const steps: [string, () => Promise<unknown>][] = [];
  const state: { report: Report | null } = { report: null };
  steps.push(["check", async () => (state.report = (await port.check({ sheet: "Danh sách", campaign, lang: "vi" })).report)]);
  steps.push(["summary", () => port.writeSummary(state.report!, "vi")]);
  steps.push(["clear", () => port.clearMarks()]);
  const rows: [string, string, string][] = [];
  let findings = 0;
  for (const [name, run] of steps) {
    book.resetStats();
    await run();
    findings = state.report?.findings.length ?? 0;
    const { maxRequestBytes: req, maxResponseBytes: res, syncs } = book.stats;
    rows.push([
      `add-in, ${findings.toLocaleString("en")} findings, ${name}: largest request / answer`,
      `${Math.round(req / 1024).toLocaleString("en")} KB / ${Math.round(res / 1024).toLocaleString("en")} KB (${(req / LIMIT).toFixed(2)}× / ${(res / LIMIT).toFixed(2)}× the 5 MB limit), ${syncs} requests`,
      "≤ 1× the limit",
    ]);
  }
  if (book.violations.length > 0) throw new Error(`writes to the user's sheet: ${book.violations[0]}`);
  return rows;
}

if (process.argv[1]?.endsWith("bench/addinPayload.ts")) for (const r of await addinPayloadRows()) console.log(r.join("  "));
