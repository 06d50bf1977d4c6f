// npm run preview:summary: the command's checked copy of an example, its summary sheet printed to PNG
// pages by LibreOffice headless (Debian: apt-get install -y libreoffice-calc poppler-utils). Not part of
// npm test. Pages go to test-artifacts/summary-preview/; the first is copied to docs/summary-preview.png.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main.js";

const root = new URL("..", import.meta.url).pathname;
process.chdir(root); // the file is named in the summary as given: a short relative path
const example = process.argv[2] ?? "examples/kien-giang-2021-covid.xlsx";
const campaign = process.argv[3] ?? "kien-giang-2021-covid";
const out = join(root, "test-artifacts/summary-preview");
const work = mkdtempSync(join(tmpdir(), "thidua-preview-"));

try {
  const checked = join(work, "checked.xlsx");
  const code = await main(["check", example, "--campaign", campaign, "--out", checked], { out: () => undefined, err: (s) => void process.stderr.write(s), errIsTTY: false });
  if (code === 2) throw new Error("thidua check could not run");
  // LibreOffice prints every sheet; the summary is the last one, starting on the page with its title
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${join(work, "profile")}`, "--convert-to", "pdf", "--outdir", work, checked], { stdio: "ignore" });
  const pdf = join(work, "checked.pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
  let first = 0;
  for (let p = pages; p >= 1 && first === 0; p--) {
    const text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"], { encoding: "utf8" });
    if (text.includes("TỔNG HỢP KIỂM TRA")) first = p;
  }
  if (first === 0) throw new Error("the summary sheet was not found in the printed pages");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync("pdftoppm", ["-f", String(first), "-l", String(pages), "-r", "110", "-png", pdf, join(out, "page")]);
  const pngs = readdirSync(out).filter((f) => f.endsWith(".png")).sort();
  copyFileSync(join(out, pngs[0]!), join(root, "docs/summary-preview.png"));
  console.log(`${pngs.length} page(s) of the summary (A4 landscape): ${out}; first page: docs/summary-preview.png`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
