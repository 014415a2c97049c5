/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context and, in an iframe, the
 * host's permission; where it is missing or refused, fall back to selecting the text field so a person
 * can press Ctrl+C. Resolves with whether the text reached the clipboard.
 */
import { copyToClipboard } from '../../export/share.ts';

export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  if (await copyToClipboard(text)) return true;
  field?.focus();
  field?.select();
  return false;
}
