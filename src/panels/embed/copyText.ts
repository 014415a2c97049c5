/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context and, in an iframe, the
 * host's permission; where it is missing or refused, fall back to selecting the text field so a person
 * can press Ctrl+C. Resolves with whether the text reached the clipboard.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused: fall through to the manual path
  }
  field?.focus();
  field?.select();
  return false;
}
