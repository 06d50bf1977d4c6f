// where the command writes: stdout for results, stderr for the one-line reasons and progress
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** progress is shown only on a terminal */
  errIsTTY: boolean;
}

export function processIo(): Io {
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
  return new CliError("write", { file, reason: WRITE_REASONS.has(code) ? code : "other", detail: code || (e as Error).message });
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
