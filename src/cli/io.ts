// where the command writes: stdout for results, stderr for the one-line reasons and progress
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** progress is shown only on a terminal */
  errIsTTY: boolean;
}

let pipeWatched = false;

/**
 * the reader of our output went away (`thidua presets | head -1`): node raises EPIPE on the next write, which
 * would end in a stack trace; like any Unix tool, stop quietly (the status a closed pipe gives, 128 + SIGPIPE)
 */
function watchPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(141);
    throw e;
  });
}

export function processIo(): Io {
  watchPipe();
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    errIsTTY: Boolean(process.stderr.isTTY),
  };
}

const WRITE_REASONS = new Set(["ENOENT", "ENOTDIR", "EACCES", "EPERM", "EROFS", "ENOSPC", "EISDIR", "ENOTEMPTY", "EEXIST", "ENAMETOOLONG", "EDQUOT"]);

/** the one "cannot write" line for any failure to create or write an output; the reason in words */
export function writeError(file: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  let reason = WRITE_REASONS.has(code) ? code : "other";
  // ENOENT is also what a folder that exists but takes no new file answers (/proc): not "the folder is missing"
  if (code === "ENOENT" && isFolder(dirname(resolve(file)))) reason = "ENOENT-folder";
  return new CliError("write", { file, reason, detail: code || (e as Error).message });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** a reason to stop with exit status 2; key is under "err." in the locales */
export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly data: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "CliError";
  }
}
