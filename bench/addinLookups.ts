// the add-in reading the workbook's other sheets for code tables: one check of a 50,000-row list alone, then
// with a DANHMUC code table and a 20,000-row second list beside it (read only to the window tables are looked
// for in), on the counting fake; requests, cells read and time, as ratios to the list alone in the same run
import { createWorkbookPort } from "../src/addin/office/port.js";
import { getPreset } from "../src/presets/index.js";
import { createFakeHost } from "../test/addin/fake/host.js";
import { bigBook } from "../test/addin/scale.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function once(withOthers: boolean): Promise<{ ms: number; syncs: number; cells: number }> {
  const campaign = getPreset("kien-giang-2021-covid")!;
  const book = bigBook(50_000, 10);
  if (withOthers) {
    const t = book.addSheet("DANHMUC");
    ["Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen", "Bằng khen của Thủ tướng Chính phủ"].forEach((name, i) => {
      t.cell(i + 1, 1).value = `HT0${i + 1}`;
      t.cell(i + 1, 2).value = name;
    });
    const other = book.addSheet("Danh sách 2");
    for (let r = 1; r <= 20_000; r++) {
      other.cell(r, 1).value = r;
      other.cell(r, 2).value = `Người ${r}`;
      other.cell(r, 3).value = "Sở Y tế";
    }
  }
  const port = createWorkbookPort(createFakeHost(book));
  book.resetStats();
  const t = performance.now();
  await port.check({ sheet: "Danh sách", campaign, lang: "vi" });
  const ms = performance.now() - t;
  return { ms, syncs: book.stats.syncs, cells: book.stats.cellsRead };
}

export async function addinLookupRows(): Promise<[string, string, string][]> {
  const alone: number[] = [];
  const others: number[] = [];
  let a = { ms: 0, syncs: 0, cells: 0 };
  let b = { ms: 0, syncs: 0, cells: 0 };
  // interleaved, so that a busy spell of the shared machine falls on both
  for (let i = 0; i < 3; i++) {
    a = await once(false);
    alone.push(a.ms);
    b = await once(true);
    others.push(b.ms);
  }
  const ratio = (median(others) / median(alone)).toFixed(2);
  return [
    [
      "add-in check, 50,000 rows, with DANHMUC and a 20,000-row other sheet",
      `${b.syncs} requests (alone: ${a.syncs}), ${(b.cells / a.cells).toFixed(2)}× the cells read, ${ratio}× the time of the list alone`,
      "tables looked for in every other sheet",
    ],
  ];
}

if (process.argv[1]?.endsWith("bench/addinLookups.ts")) for (const r of await addinLookupRows()) console.log(r.join("  "));
