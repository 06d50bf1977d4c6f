// a one-line progress report on stderr, for large files or many files, and only when stderr is a terminal
import type { Io } from "./io.js";

const LARGE = 20_000; // rows
const MANY = 20; // files
const EVERY_MS = 200;

export interface Progress {
  /** rows of a large file */
  show: (text: string, done: number, total: number | undefined) => void;
  /** files of a large round ("Đã đọc 120/1000 tệp") */
  files: (text: string, done: number, total: number) => void;
  clear: () => void;
}

export function progress(io: Io): Progress {
  let last = 0;
  let shown = false;
  const write = (text: string) => {
    const now = Date.now();
    if (now - last < EVERY_MS) return;
    last = now;
    shown = true;
    io.err(`\r\x1b[K${text}`);
  };
  return {
    show(text, done, total) {
      if (io.errIsTTY && Math.max(done, total ?? 0) >= LARGE) write(text);
    },
    files(text, done, total) {
      if (io.errIsTTY && total >= MANY) write(text);
    },
    /** ends a phase: the next one shows its first step at once */
    clear() {
      if (shown) io.err("\r\x1b[K");
      shown = false;
      last = 0;
    },
  };
}
