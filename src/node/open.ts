// opens an .xlsx file: tells a real workbook from a missing, foreign, corrupt or encrypted file
import { readFile, stat } from "node:fs/promises";
import { WorkbookError } from "./errors.js";
import { readPackage, type PackageInfo } from "./ooxml/package.js";
import { ZipArchive, ZipFormatError } from "./zip/read-zip.js";

export interface OpenedWorkbook {
  file: string;
  buffer: Buffer;
  zip: ZipArchive;
  pkg: PackageInfo;
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf16 = (s: string) => Buffer.from(s, "utf16le");

/** what a non-zip file looks like, for the message */
export function guessKind(buf: Buffer): string {
  const head = buf.subarray(0, 2048).toString("latin1");
  if (buf.length === 0) return "empty-file";
  if (/^\s*<(!doctype html|html|table)/i.test(head) || /<html/i.test(head)) return "html";
  if (/^\s*<\?xml/.test(head) && /urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return "xml-spreadsheet";
  if (head.startsWith("%PDF")) return "pdf";
  if (!/[\u0000-\u0008\u000E-\u001F]/.test(head)) return /[,;\t].*\n/.test(head) ? "csv" : "text";
  return "binary";
}

export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  let buffer: Buffer;
  try {
    const s = await stat(file);
    // a FIFO or device would block or never end: refused before anything is read
    if (!s.isFile()) throw new WorkbookError("not-a-file", file, s.isDirectory() ? {} : { special: "1" });
    buffer = await readFile(file);
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookError("missing-file", file, {}, e);
    throw new WorkbookError("unreadable", file, { detail: code ?? String(e) }, e);
  }
  if (buffer.subarray(0, 8).equals(CFB)) {
    // an office "compound file": either an encrypted ooxml package or a legacy binary workbook
    if (buffer.includes(utf16("EncryptionInfo")) || buffer.includes(utf16("EncryptedPackage"))) throw new WorkbookError("encrypted", file);
    if (buffer.includes(utf16("Workbook")) || buffer.includes(utf16("Book"))) throw new WorkbookError("legacy-xls", file);
    throw new WorkbookError("encrypted", file, { maybeXls: "1" });
  }
  const magic = buffer.length >= 4 ? buffer.readUInt32LE(0) : 0;
  if (magic !== 0x04034b50 && magic !== 0x06054b50) {
    throw new WorkbookError("not-xlsx", file, { kind: guessKind(buffer) });
  }
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(buffer);
  } catch (e) {
    if (e instanceof ZipFormatError && e.encrypted) throw new WorkbookError("encrypted", file, {}, e);
    throw new WorkbookError("corrupt", file, { detail: (e as Error).message }, e);
  }
  let pkg: PackageInfo | undefined;
  try {
    pkg = readPackage(zip);
  } catch (e) {
    throw new WorkbookError("corrupt", file, { detail: (e as Error).message }, e);
  }
  if (!pkg) {
    const kind = zip.has("word/document.xml") ? "docx" : zip.has("mimetype") || zip.has("content.xml") ? "ods" : zip.has("ppt/presentation.xml") ? "pptx" : zip.has("xl/workbook.bin") ? "xlsb" : "zip";
    throw new WorkbookError("not-xlsx", file, { kind });
  }
  return { file, buffer, zip, pkg };
}
