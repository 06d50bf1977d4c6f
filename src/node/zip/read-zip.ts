// a small zip reader over a buffer: central directory, stored and deflated entries, zip64 sizes
import { kMaxLength } from "node:buffer";
import * as zlib from "node:zlib";
import { inflateRawSync } from "node:zlib";
import { crc32 } from "./crc32.js";

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflated
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  time: number; // dos time
  date: number; // dos date
}

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
  constructor(
    message: string,
    readonly encrypted = false,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipFormatError("no end of central directory");
}

export class ZipArchive {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();

  constructor(readonly buffer: Buffer) {
    if (buffer.length < 22) throw new ZipFormatError("too short for a zip");
    const eocd = findEocd(buffer);
    let count = buffer.readUInt16LE(eocd + 10);
    let cdOffset = buffer.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || buffer.readUInt32LE(loc) !== EOCD64_LOCATOR) throw new ZipFormatError("bad zip64 locator");
      const e64 = Number(buffer.readBigUInt64LE(loc + 8));
      if (e64 + 56 > buffer.length || buffer.readUInt32LE(e64) !== EOCD64) throw new ZipFormatError("bad zip64 record");
      count = Number(buffer.readBigUInt64LE(e64 + 32));
      cdOffset = Number(buffer.readBigUInt64LE(e64 + 48));
    }
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("bad central directory");
      const flags = buffer.readUInt16LE(p + 8);
      const nameLen = buffer.readUInt16LE(p + 28);
      const extraLen = buffer.readUInt16LE(p + 30);
      const commentLen = buffer.readUInt16LE(p + 32);
      const name = buffer.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen);
      const entry: ZipEntry = {
        name,
        method: buffer.readUInt16LE(p + 10),
        flags,
        time: buffer.readUInt16LE(p + 12),
        date: buffer.readUInt16LE(p + 14),
        crc: buffer.readUInt32LE(p + 16),
        compressedSize: buffer.readUInt32LE(p + 20),
        size: buffer.readUInt32LE(p + 24),
        localOffset: buffer.readUInt32LE(p + 42),
      };
      readZip64Extra(buffer, p + 46 + nameLen, extraLen, entry);
      if (flags & 0x1) throw new ZipFormatError("encrypted zip entry", true);
      this.entries.push(entry);
      this.byName.set(name.toLowerCase(), entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  /** part names are case-insensitive in OPC packages; a leading "/" is ignored */
  get(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, "").toLowerCase());
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** the entry's bytes as stored (compressed) */
  raw(entry: ZipEntry): Buffer {
    const p = entry.localOffset;
    if (p + 30 > this.buffer.length || this.buffer.readUInt32LE(p) !== LOCAL) throw new ZipFormatError(`bad local header: ${entry.name}`);
    const start = p + 30 + this.buffer.readUInt16LE(p + 26) + this.buffer.readUInt16LE(p + 28);
    const end = start + entry.compressedSize;
    if (end > this.buffer.length) throw new ZipFormatError(`truncated entry: ${entry.name}`);
    return this.buffer.subarray(start, end);
  }

  read(name: string): Buffer | undefined {
    const entry = this.get(name);
    return entry ? this.inflate(entry) : undefined;
  }

  readText(name: string): string | undefined {
    const kept = this.kept.get(name.replace(/^\//, "").toLowerCase());
    if (kept !== undefined) return kept;
    return this.read(name)?.toString("utf8").replace(/^\uFEFF/, "");
  }

  private readonly kept = new Map<string, string>();

  /** keeps the text of a part already inflated and checked, so that a later edit does not inflate it again */
  keepText(name: string, text: string): void {
    this.kept.set(name.replace(/^\//, "").toLowerCase(), text.replace(/^\uFEFF/, ""));
  }

  inflate(entry: ZipEntry): Buffer {
    const raw = this.raw(entry);
    let data: Buffer;
    if (entry.method === 0) data = raw;
    else if (entry.method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: outputCap(entry) });
      } catch (e) {
        throw new ZipFormatError(`cannot inflate ${entry.name}: ${(e as Error).message}`);
      }
    } else throw new ZipFormatError(`unsupported compression ${entry.method}: ${entry.name}`);
    if (data.length !== entry.size || crc32(data) !== entry.crc) throw new ZipFormatError(`checksum mismatch: ${entry.name}`);
    return data;
  }
}

/** inflating stops one byte past the size the directory declares: a zip bomb is cut short, not expanded */
function outputCap(entry: ZipEntry): number {
  return Math.min(Math.max(1, entry.size + 1), kMaxLength);
}

function readZip64Extra(buf: Buffer, start: number, len: number, entry: ZipEntry): void {
  let p = start;
  const end = start + len;
  while (p + 4 <= end) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (entry.size === 0xffffffff) (entry.size = Number(buf.readBigUInt64LE(q))), (q += 8);
      if (entry.compressedSize === 0xffffffff) (entry.compressedSize = Number(buf.readBigUInt64LE(q))), (q += 8);
      if (entry.localOffset === 0xffffffff) entry.localOffset = Number(buf.readBigUInt64LE(q));
      return;
    }
    p += 4 + size;
  }
}

/**
 * inflates an entry in zlib's threads and hands over each piece as it comes, so that the caller's work on one
 * piece overlaps the inflating of the next; the size and CRC are checked at the end (reject on mismatch)
 */
export function inflateChunks(zip: ZipArchive, entry: ZipEntry, onChunk: (data: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let raw: Buffer;
    try {
      raw = zip.raw(entry);
    } catch (e) {
      reject(e);
      return;
    }
    let crc = 0;
    let size = 0;
    const take = (data: Buffer): void => {
      size += data.length;
      if (size > entry.size) throw new ZipFormatError(`${entry.name} is larger than its directory says`);
      crc = zlib.crc32(data, crc);
      onChunk(data);
    };
    const finish = (): void => {
      if (size !== entry.size || crc >>> 0 !== entry.crc) reject(new ZipFormatError(`checksum mismatch: ${entry.name}`));
      else resolve();
    };
    if (entry.method === 0) {
      try {
        for (let p = 0; p < raw.length; p += 1 << 20) take(raw.subarray(p, p + (1 << 20)));
        finish();
      } catch (e) {
        reject(e);
      }
      return;
    }
    if (entry.method !== 8) {
      reject(new ZipFormatError(`unsupported compression ${entry.method}: ${entry.name}`));
      return;
    }
    const inflater = zlib.createInflateRaw({ chunkSize: 1 << 18 });
    let failed = false;
    inflater.on("data", (d: Buffer) => {
      if (failed) return;
      try {
        take(d);
      } catch (e) {
        failed = true;
        inflater.destroy();
        reject(e);
      }
    });
    inflater.on("error", (e) => {
      if (!failed) (failed = true), reject(new ZipFormatError(`cannot inflate ${entry.name}: ${e.message}`));
    });
    inflater.on("end", () => failed || finish());
    inflater.end(raw);
  });
}
