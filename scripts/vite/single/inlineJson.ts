/**
 * JSON inside an HTML <script> element. The HTML parser ends a script at the first `</script` and
 * treats `<!--` specially, whatever the JSON means; Our World in Data shipped exactly that bug
 * (owid-grapher #6213, #6853). Escaping every `<` (and `>`, `&` for good measure) as a JSON \u escape
 * makes the text inert for the HTML parser and unchanged for JSON.parse. U+2028/U+2029 are escaped too:
 * legal in JSON, but line terminators in older JavaScript, so the block stays safe if it is ever
 * inlined as a script literal.
 */
export function escapeJsonForHtml(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** `<script type="application/json" id=…>` holding `value`; `id` must be a plain identifier. */
export function jsonScriptBlock(id: string, value: unknown): string {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`bad element id: ${id}`);
  return `<script type="application/json" id="${id}">${escapeJsonForHtml(JSON.stringify(value))}</script>`;
}
