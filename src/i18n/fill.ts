/** Puts values into a message's {name} slots; a slot with no value stays as written, so it shows. */
export function fillSlots(text: string, vars: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => String(vars[name] ?? slot));
}
