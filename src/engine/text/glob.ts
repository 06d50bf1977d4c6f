// glob patterns (* and ?) over normalised text, matched without backtracking: the pattern is split at its
// stars into literal pieces (with ? as any one character); the first piece must start the text, the last
// must end it, and each middle piece is taken at its leftmost place after the one before. That greedy
// choice is always right for * (a later piece can only gain room), so the work is at most
// (text length × pattern length) and never exponential, whatever the pattern.
import { normalizeText } from "./normalize.js";

export interface Glob {
  readonly source: string;
  test(text: string): boolean;
}

const STAR = "qqstarqq";
const ONE = "qqoneqq";

/** does piece (with "\0" = any one character) match text at position at? */
function matchAt(text: string, at: number, piece: string): boolean {
  if (at + piece.length > text.length) return false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c !== 0 && c !== text.charCodeAt(at + i)) return false;
  }
  return true;
}

/** leftmost place >= from where piece matches and ends by limit, or -1 */
function find(text: string, piece: string, from: number, limit: number): number {
  if (!piece.includes("\0")) {
    const i = text.indexOf(piece, from);
    return i >= 0 && i + piece.length <= limit ? i : -1;
  }
  for (let i = from; i + piece.length <= limit; i++) if (matchAt(text, i, piece)) return i;
  return -1;
}

/** "Sở *" matches "so y te" but not "song hong"; the text given to test() is already normalised */
export function compileGlob(pattern: string): Glob {
  const marked = pattern.replace(/\*/g, STAR).replace(/\?/g, ONE);
  const pieces = normalizeText(marked)
    .split(STAR)
    .map((p) => p.split(ONE).join("\0"));
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const middle = pieces.slice(1, -1).filter((p) => p !== "");
  const test = (text: string): boolean => {
    if (pieces.length === 1) return text.length === first.length && matchAt(text, 0, first);
    if (!matchAt(text, 0, first)) return false;
    const end = text.length - last.length;
    if (end < first.length || !matchAt(text, end, last)) return false;
    let pos = first.length;
    for (const p of middle) {
      const at = find(text, p, pos, end);
      if (at < 0) return false;
      pos = at + p.length;
    }
    return true;
  };
  return { source: pattern, test };
}
