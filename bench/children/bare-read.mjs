// baseline: read every cell of a workbook with exceljs and nothing else. argv: file, "stream" | "full"
import ExcelJS from "exceljs";

const [file, mode] = process.argv.slice(2);
const t0 = performance.now();
let cells = 0;
if (mode === "full") {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (c.value, cells++))));
} else {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore" });
  for await (const ws of reader) for await (const row of ws) row.eachCell((c) => void (c.value, cells++));
}
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, rss: process.resourceUsage().maxRSS * 1024, cells }));
