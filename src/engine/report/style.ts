// how findings and the summary look, as data both faces render: one severity order, one palette, style tokens
import type { Severity, UnitStatus } from "../types.js";

/** worst first: the order of every ranking (which severity wins a cell, how totals read) */
export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b;
}

/** one palette, as #RRGGBB: light fills that keep dark text readable (Excel's own "Bad", "Neutral", a pale blue) */
export const PALETTE = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  ok: "#C6EFCE",
  header: "#D9E1F2",
  border: "#8EA9DB",
  link: "#0563C1",
  bar: "#5B9BD5",
} as const;

/** quota status to the style of its cell: over is an error, under a warning */
export const STATUS_STYLE: Readonly<Record<UnitStatus, "error" | "warning" | "ok" | "text">> = {
  ok: "ok",
  over: "error",
  under: "warning",
  exempt: "text",
  "no-quota": "text",
};

/**
 * a cell's look, by token. `fill` and `font` from the palette, `format` an Excel number format,
 * `align` horizontal alignment; a table cell also gets thin borders (the table's rectangle, see SummaryTable).
 */
export interface CellLook {
  bold?: boolean;
  size?: number;
  italic?: boolean;
  underline?: boolean;
  color?: string;
  fill?: string;
  format: string;
  align: "left" | "right" | "center";
  wrap?: boolean;
}

export const LOOKS = {
  title: { bold: true, size: 14, format: "@", align: "left" },
  label: { bold: true, format: "@", align: "left" },
  section: { bold: true, size: 12, format: "@", align: "left" },
  header: { bold: true, fill: PALETTE.header, format: "@", align: "left", wrap: true },
  headerNumber: { bold: true, fill: PALETTE.header, format: "@", align: "right", wrap: true },
  text: { format: "@", align: "left" },
  wrap: { format: "@", align: "left", wrap: true },
  number: { format: "#,##0", align: "right" },
  percent: { format: "0%", align: "right" },
  date: { format: "dd/mm/yyyy hh:mm", align: "left" },
  link: { underline: true, color: PALETTE.link, format: "@", align: "left" },
  error: { fill: PALETTE.error, format: "@", align: "left" },
  warning: { fill: PALETTE.warning, format: "@", align: "left" },
  info: { fill: PALETTE.info, format: "@", align: "left" },
  ok: { fill: PALETTE.ok, format: "@", align: "left" },
  errorNumber: { fill: PALETTE.error, format: "#,##0", align: "right" },
  warningNumber: { fill: PALETTE.warning, format: "#,##0", align: "right" },
  signature: { italic: true, format: "@", align: "center" },
  signer: { bold: true, format: "@", align: "center" },
} as const satisfies Record<string, CellLook>;

export type StyleToken = keyof typeof LOOKS;
