// hand-built .xlsx packages for inputs no library writes: prefixed elements, parts at other paths, rows and
// cells without r, damaged parts. Written with the project's zip writer (stored entries are plain deflate).
import { writeFile } from "node:fs/promises";
import { writeZip } from "../../src/node/zip/write-zip.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface PackageSpec {
  /** where the workbook part lives (default xl/workbook.xml) */
  workbook?: string;
  /** each sheet: its name, part path and the whole worksheet xml */
  sheets: { name: string; part: string; xml: string }[];
  /** the shared strings xml, if any (at xl/sharedStrings.xml) */
  sharedStrings?: string;
  /** an element prefix for the workbook part, e.g. "x:" as the OpenXML SDK writes */
  prefix?: string;
  date1904?: boolean;
  /** the styles xml, if any (at xl/styles.xml) */
  styles?: string;
  /** extra or replaced parts, written last */
  parts?: Record<string, string | Buffer>;
}

const rel = (from: string, to: string) => {
  const up = from.split("/").slice(0, -1);
  const parts = to.split("/");
  let i = 0;
  while (i < up.length && up[i] === parts[i]) i++;
  return [...up.slice(i).map(() => ".."), ...parts.slice(i)].join("/");
};

export function packageBytes(spec: PackageSpec): Buffer {
  const wb = spec.workbook ?? "xl/workbook.xml";
  const p = spec.prefix ?? "";
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const wbDir = wb.split("/").slice(0, -1).join("/");
  const wbRels = `${wbDir ? wbDir + "/" : ""}_rels/${wb.split("/").pop()}.rels`;
  const overrides = [
    `<Override PartName="/${wb}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...spec.sheets.map((s) => `<Override PartName="/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    ...(spec.sharedStrings ? ['<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'] : []),
    ...(spec.styles ? ['<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'] : []),
  ];
  const files: Record<string, string | Buffer> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${wb}"/></Relationships>`,
    [wb]:
      `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}">` +
      (spec.date1904 ? `<${p}workbookPr date1904="1"/>` : "") +
      `<${p}sheets>${spec.sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</${p}sheets></${p}workbook>`,
    [wbRels]:
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">` +
      spec.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${i % 2 ? "/" + s.part : rel(wb, s.part)}"/>`).join("") +
      (spec.sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${rel(wb, "xl/sharedStrings.xml")}"/>` : "") +
      (spec.styles ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="${rel(wb, "xl/styles.xml")}"/>` : "") +
      `</Relationships>`,
  };
  for (const s of spec.sheets) files[s.part] = s.xml;
  if (spec.sharedStrings) files["xl/sharedStrings.xml"] = spec.sharedStrings;
  if (spec.styles) files["xl/styles.xml"] = spec.styles;
  Object.assign(files, spec.parts ?? {});
  return writeZip(Object.entries(files).map(([name, d]) => ({ name, data: typeof d === "string" ? Buffer.from(d, "utf8") : d })));
}

export async function writePackage(file: string, spec: PackageSpec): Promise<string> {
  await writeFile(file, packageBytes(spec));
  return file;
}

/** a worksheet from rows of inline strings / numbers; p is the element prefix, withR whether rows and cells carry r */
export function sheetXml(rows: (string | number | null)[][], o: { p?: string; withR?: boolean; dimension?: string; extra?: string } = {}): string {
  const p = o.p ?? "";
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const col = (j: number) => String.fromCharCode(65 + j);
  const body = rows
    .map((r, i) => {
      const cells = r
        .map((v, j) => {
          const ref = o.withR === false ? "" : ` r="${col(j)}${i + 1}"`;
          if (v === null) return `<${p}c${ref}/>`;
          if (typeof v === "number") return `<${p}c${ref}><${p}v>${v}</${p}v></${p}c>`;
          return `<${p}c${ref} t="inlineStr"><${p}is><${p}t>${esc(v)}</${p}t></${p}is></${p}c>`;
        })
        .join("");
      return `<${p}row${o.withR === false ? "" : ` r="${i + 1}"`}>${cells}</${p}row>`;
    })
    .join("");
  const dim = o.dimension ? `<${p}dimension ref="${o.dimension}"/>` : "";
  return `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}>${dim}<${p}sheetData>${body}</${p}sheetData>${o.extra ?? ""}</${p}worksheet>`;
}
