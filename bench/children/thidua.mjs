// the command as bin/thidua.js runs it (built code), output discarded. argv: the command's arguments
import { main } from "../../dist/bundle/thidua.js";

const t0 = performance.now();
let bytes = 0;
const code = await main(process.argv.slice(2), { out: (s) => void (bytes += s.length), err: () => undefined, errIsTTY: false });
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, rss: process.resourceUsage().maxRSS * 1024, code, bytes }));
