// mounts the pane on a workbook port: Office.js in production, a fake workbook in the browser tests
import { createRoot } from "react-dom/client";
import type { WorkbookPort } from "../port.js";
import { App } from "./App.js";

export function mount(container: HTMLElement, port: WorkbookPort): void {
  createRoot(container).render(<App port={port} />);
}
