// baseline: read a workbook with exceljs's full model and write it back out. argv: file, out
import ExcelJS from "exceljs";

const [file, out] = process.argv.slice(2);
const t0 = performance.now();
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(file);
await wb.xlsx.writeFile(out);
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, rss: process.resourceUsage().maxRSS * 1024 }));
