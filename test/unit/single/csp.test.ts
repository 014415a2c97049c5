/**
 * One Content-Security-Policy everywhere: the <meta> the build writes, the header the test server sends,
 * public/_headers and the nginx example. Strict: no unsafe-inline, no unsafe-eval, nothing off-site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootNoteScript } from '../../../scripts/vite/bootNotePlugin.ts';
import { APP_CSP, formatCsp, HEADER_CSP, singleFileCsp } from '../../../scripts/vite/csp.ts';
import { cspMeta, insertInHead } from '../../../scripts/vite/cspPlugin.ts';
import { FILE_NOTES, SANDBOX_NOTES } from '../../../src/app/embedNotes.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const headerPolicy = formatCsp(HEADER_CSP);

describe('the app policy', () => {
  it('is strict: self only, no inline code, no eval, no object, base or form targets', () => {
    const policy = formatCsp(APP_CSP);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(headerPolicy).toBe(`${policy}; frame-ancestors *`);
  });

  it('the single file allows its own inline code by hash only', () => {
    const policy = formatCsp(singleFileCsp(["'sha256-a'"], ["'sha256-b'"]));
    expect(policy).toContain("default-src 'none'; script-src 'sha256-a'; style-src 'sha256-b'");
    expect(policy).not.toMatch(/unsafe|'self'|https?:|\*/);
  });
});

describe('the headers for static hosts', () => {
  it('public/_headers sends the same policy, nosniff and a referrer policy', () => {
    const text = readFileSync(join(ROOT, 'public', '_headers'), 'utf8');
    expect(text).toContain(`  Content-Security-Policy: ${headerPolicy}\n`);
    expect(text).toContain('  X-Content-Type-Options: nosniff\n');
    expect(text).toContain('  Referrer-Policy: strict-origin-when-cross-origin\n');
  });

  it('docs/nginx.conf.example sends the same headers and serves .mjs as JavaScript', () => {
    const text = readFileSync(join(ROOT, 'docs', 'nginx.conf.example'), 'utf8');
    expect(text).toContain(`add_header Content-Security-Policy "${headerPolicy}" always;`);
    expect(text).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(text).toContain('add_header Referrer-Policy "strict-origin-when-cross-origin" always;');
    expect(text).toMatch(/text\/javascript\s+mjs;/);
  });
});

describe('cspPlugin', () => {
  it('puts the <meta> right after <meta charset>, before every script and stylesheet', () => {
    const html =
      '<head>\n<meta charset="UTF-8" />\n<title>x</title>\n<script type="module" src="./a.js"></script>\n</head>';
    const out = insertInHead(html, cspMeta(formatCsp(APP_CSP)));
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('charset'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
  });

  it('refuses a policy that would need escaping in the attribute', () => {
    expect(() => cspMeta('default-src "x"')).toThrow();
  });
});

describe('the boot note script', () => {
  it('carries both notes as text and builds them with DOM calls, not HTML', () => {
    const code = bootNoteScript(SANDBOX_NOTES, FILE_NOTES);
    expect(code).toContain(JSON.stringify(SANDBOX_NOTES));
    expect(code).toContain(JSON.stringify(FILE_NOTES));
    expect(code).toContain('textContent');
    expect(code).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });
});
