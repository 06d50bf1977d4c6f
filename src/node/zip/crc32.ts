// crc-32 for zip entries: node's own zlib.crc32 (node >= 20.15, see package.json engines)
import * as zlib from "node:zlib";

export const crc32 = (data: Uint8Array): number => zlib.crc32(data) >>> 0;
