// the engine in a Web Worker (a module worker, loaded on demand): the pane stays responsive while it runs
import { check } from "../../engine/index.js";
import { handleEngineMessage } from "./handler.js";
import type { EngineReply } from "./protocol.js";

// the DOM lib types `self` as a Window; a dedicated worker's scope is this much of it
const scope = self as unknown as {
  onmessage: ((ev: MessageEvent) => void) | null;
  postMessage(reply: EngineReply): void;
};

const deps = { loadEngine: async () => ({ check }) };

scope.onmessage = (ev) => void handleEngineMessage(ev.data, deps, (reply) => scope.postMessage(reply));
