/** Encodes text as GBK by inverting the platform's GBK decoder (enough for the characters tests use). */
let table: Map<string, number[]> | null = null;

export function gbk(text: string): Uint8Array {
  if (!table) {
    table = new Map();
    const dec = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        const ch = dec.decode(Uint8Array.from([a, b]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
