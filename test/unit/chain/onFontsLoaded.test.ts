import { describe, expect, it, vi } from 'vitest';
import { onFontsLoaded } from '../../../src/chain/onFontsLoaded.ts';

describe('onFontsLoaded', () => {
  it('calls back each time the document finishes loading fonts, until stopped', () => {
    const fonts = new EventTarget();
    const doc = { fonts } as unknown as Document;
    const callback = vi.fn();
    const stop = onFontsLoaded(doc, callback);
    fonts.dispatchEvent(new Event('loadingdone'));
    fonts.dispatchEvent(new Event('loadingdone'));
    expect(callback).toHaveBeenCalledTimes(2);
    stop();
    fonts.dispatchEvent(new Event('loadingdone'));
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('does nothing without the Font Loading API', () => {
    const stop = onFontsLoaded({} as Document, () => {
      throw new Error('called');
    });
    expect(stop).not.toThrow();
  });
});
