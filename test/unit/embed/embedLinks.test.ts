/** The embed's two addresses come from the view, through the URL codec. */
import { describe, expect, it } from 'vitest';
import { detectRuntime } from '../../../src/app/embedEnv.ts';
import { embedUrl, fullAppUrl } from '../../../src/app/embedLinks.ts';
import { parseView } from '../../../src/state/urlCodec.ts';

const HREF = 'https://intranet.example/briefings/chainatlas/?c=petrochem&embed=1&show=map&data=x.json#top';

describe('fullAppUrl', () => {
  it('is the same view without the embed flags, keeping parameters that are not view state', () => {
    const view = parseView(new URL(HREF).search);
    expect(fullAppUrl(view, HREF)).toBe(
      'https://intranet.example/briefings/chainatlas/?data=x.json&c=petrochem',
    );
  });

  it('follows the view: a selected city and the language go along', () => {
    const view = { ...parseView('?c=petrochem&embed=1'), city: '440900', lang: 'en' as const };
    expect(fullAppUrl(view, 'http://h/app/?c=petrochem&embed=1')).toBe(
      'http://h/app/?c=petrochem&city=440900&lang=en',
    );
  });
});

describe('embedUrl', () => {
  it('is the current view with embed=1 and the chosen part', () => {
    const view = parseView('?c=robotics&n=seg-body');
    expect(embedUrl(view, 'http://h/app/?c=robotics&n=seg-body', 'both')).toBe(
      'http://h/app/?c=robotics&n=seg-body&embed=1',
    );
    expect(embedUrl(view, 'http://h/app/?c=robotics', 'chain')).toBe(
      'http://h/app/?c=robotics&n=seg-body&embed=1&show=chain',
    );
  });

  it('round-trips through the codec', () => {
    const view = parseView('?c=robotics');
    const url = new URL(embedUrl(view, 'http://h/app/', 'map'));
    expect(parseView(url.search)).toEqual({ ...view, embed: true, embedPart: 'map' });
  });
});

describe('detectRuntime', () => {
  const at = (href: string, origin: string) => ({ origin, location: new URL(href) as unknown as Location });
  it('tells an opaque-origin sandbox on a web page from everything else', () => {
    expect(detectRuntime(at('https://h/app/', 'null'))).toBe('opaque-sandbox');
    expect(detectRuntime(at('https://h/app/', 'https://h'))).toBe('normal');
    // A page opened from disk also has origin "null", but it is not a sandbox: the single file runs there.
    expect(detectRuntime(at('file:///x/chainatlas.html', 'null'))).toBe('normal');
  });
});
