/**
 * The code the Embed dialog gives out. The host script is run for real (jsdom): it sizes a frame only
 * for a well-formed height message from that frame and from the app's origin.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WORKING_SANDBOX } from '../../../src/app/embedNotes.ts';
import { escapeAttr, FRAME_MARKER, hostScript, iframeSnippet } from '../../../src/panels/embed/snippets.ts';

const APP = 'https://atlas.example';

describe('iframeSnippet', () => {
  it('has src, title, full width, a first height, lazy loading and the suggested sandbox', () => {
    const code = iframeSnippet({ src: `${APP}/?c=petrochem&embed=1`, title: '绿色石化 · 链图', height: 760 });
    expect(code).toContain(FRAME_MARKER);
    expect(code).toContain(`src="${APP}/?c=petrochem&amp;embed=1"`);
    expect(code).toContain('title="绿色石化 · 链图"');
    expect(code).toContain('width="100%" height="760"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain(`sandbox="${WORKING_SANDBOX}"`);
    expect(iframeSnippet({ src: APP, title: 't', height: 10, sandbox: null })).not.toContain('sandbox=');
  });

  it('escapes text from data in attributes', () => {
    const code = iframeSnippet({ src: APP, title: '"><script>alert(1)</script>', height: 500 });
    expect(code).not.toContain('<script>');
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(escapeAttr(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('hostScript', () => {
  const listeners: EventListener[] = [];
  afterEach(() => {
    for (const l of listeners.splice(0)) window.removeEventListener('message', l);
    document.body.replaceChildren();
  });

  function install(): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.setAttribute(FRAME_MARKER, '');
    document.body.append(frame);
    const code = hostScript(APP).replace(/^<script>|<\/script>$/g, '');
    // Capture the listener the snippet adds, to remove it after the test.
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, l: EventListener) => {
      listeners.push(l);
      add(type, l);
    }) as typeof window.addEventListener;
    // Runs the exact snippet a host page would run.
    new Function(code)();
    window.addEventListener = add;
    return frame;
  }

  function send(data: unknown, origin: string, source: Window | null) {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
  }

  it('sets the height of the frame that sent it', () => {
    const frame = install();
    send({ type: 'chainatlas:height', height: 612.4, version: 1 }, APP, frame.contentWindow);
    expect(frame.style.height).toBe('613px');
  });

  it('ignores other origins, other senders, other shapes and absurd heights', () => {
    const frame = install();
    const good = { type: 'chainatlas:height', height: 500, version: 1 };
    send(good, 'https://evil.example', frame.contentWindow);
    send(good, APP, window);
    send(JSON.stringify(good), APP, frame.contentWindow);
    send({ ...good, version: 2 }, APP, frame.contentWindow);
    send({ ...good, height: '1e9' }, APP, frame.contentWindow);
    send({ ...good, height: -5 }, APP, frame.contentWindow);
    send(null, APP, frame.contentWindow);
    expect(frame.style.height).toBe('');
  });
});
