// a one-line progress report on stderr, for large files and only when stderr is a terminal
import type { Io } from "./io.js";

const LARGE = 20_000; // rows
const EVERY_MS = 200;

export interface Progress {
  show: (text: string, done: number, total: number | undefined) => void;
  clear: () => void;
}

export function progress(io: Io): Progress {
  let last = 0;
  let shown = false;
  return {
    show(text, done, total) {
      if (!io.errIsTTY || Math.max(done, total ?? 0) < LARGE) return;
      const now = Date.now();
      if (now - last < EVERY_MS) return;
      last = now;
      shown = true;
      io.err(`\r\x1b[K${text}`);
    },
    /** ends a phase: the next one shows its first step at once */
    clear() {
      if (shown) io.err("\r\x1b[K");
      shown = false;
      last = 0;
    },
  };
}
