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
