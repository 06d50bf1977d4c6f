// the reading floor of issue 6: inflate the worksheet and shared-strings parts with node's zlib and count
// the <c tags, nothing else (node's start-up included in the wall time). argv: file
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { ZipArchive } from "../../dist/node/zip/read-zip.js";

const [file] = process.argv.slice(2);
const t0 = performance.now();
const zip = new ZipArchive(readFileSync(file));
let cells = 0;
for (const e of zip.entries) {
  if (!/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/i.test(e.name)) continue;
  const xml = e.method === 8 ? inflateRawSync(zip.raw(e)) : zip.raw(e);
  for (let i = xml.indexOf("<c "); i >= 0; i = xml.indexOf("<c ", i + 3)) cells++;
}
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, rss: process.resourceUsage().maxRSS * 1024, cells }));
