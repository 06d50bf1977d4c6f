// the workbooks named on the command line: files as given, folders as every .xlsx inside (not lock files)
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { CliError } from "./io.js";

export interface Input {
  /** the path to open */
  path: string;
  /** how the file is named in the report: the path as the user gave it */
  label: string;
}

export function isWorkbookName(name: string): boolean {
  return /\.xls[xm]$/i.test(name) && !isLockFile(name);
}

/** Excel's and LibreOffice's owner files ("~$list.xlsx", ".~lock.list.xlsx#") are no one's workbook */
function isLockFile(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".~");
}

/**
 * spreadsheets of other formats a unit may send in a folder (.xls, .xlsb, .ods): taken in, so that each is named
 * with what to do ("save it as .xlsx") instead of being left out without a word
 */
function isOtherSpreadsheetName(name: string): boolean {
  return /\.(xls|xlsb|ods)$/i.test(name) && !isLockFile(name);
}

export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = async (path: string) => {
    let key = path;
    try {
      key = await realpath(path);
    } catch {
      // a missing file is reported when it is opened
    }
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path, label: path });
  };
  for (const arg of args) {
    let dir = false;
    try {
      dir = (await stat(arg)).isDirectory();
    } catch {
      dir = false;
    }
    if (!dir) {
      await add(arg);
      continue;
    }
    const names = (await readdir(arg, { withFileTypes: true }))
      .filter((d) => d.isFile() && (isWorkbookName(d.name) || isOtherSpreadsheetName(d.name)))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b, "vi"));
    if (!names.length) throw new CliError("folder-empty", { dir: arg });
    for (const n of names) await add(join(arg, n));
  }
  return out;
}
