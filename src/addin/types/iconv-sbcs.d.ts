// iconv-lite's generated single-byte tables, imported directly for the TCVN3 decoder
declare module "iconv-lite/encodings/sbcs-data-generated.js" {
  const data: Record<string, { type: string; chars: string } | string>;
  export default data;
}
