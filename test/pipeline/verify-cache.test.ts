import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { checkKeys, checkOfRule, loadPassed, PassedKeys, passedChecks, savePassed, verifyCachePath } from '../../src/pipeline/verify-cache.js';
import { VERIFY_VERSION } from '../../src/verify/index.js';
import { removeTempProjects, runCli, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

describe('check keys', () => {
  const base = { designText: 'd', html: 'h', css: 'c' };
  it('change only for the checks that read the changed input', () => {
    const a = checkKeys(base);
    const b = checkKeys({ ...base, html: 'h2' });
    expect(b.designmd).toBe(a.designmd);
    expect(b.css).toBe(a.css);
    expect(b.tokens).toBe(a.tokens);
    for (const c of ['html', 'contrast', 'structure'] as const) expect(b[c]).not.toBe(a[c]);
  });

  it('attribute findings to checks, and trust nothing when one cannot be attributed', () => {
    expect(checkOfRule('html-validate/void-style')).toBe('html');
    expect(checkOfRule('designmd/orphaned-tokens')).toBe('designmd');
    expect(checkOfRule('contrast/text')).toBe('contrast');
    const f = (rule: string, severity: 'error' | 'warning' | 'info' = 'error') => ({ rule, severity, message: 'm', place: {} });
    expect(passedChecks(['designmd', 'html', 'css'], [f('html-validate/x')])).toEqual(['designmd', 'css']);
    expect(passedChecks(['designmd', 'html'], [f('designmd/x', 'warning')])).toEqual(['html']);
    expect(passedChecks(['designmd', 'html'], [f('designmd/x', 'info')])).toEqual(['designmd', 'html']);
    expect(passedChecks(['designmd', 'html'], [f('mystery')])).toEqual([]);
  });

  it('ignores a corrupt or foreign cache file', () => {
    const dir = tempProject({ '.wdm/cache/verify.json': '{"format":1,"version":"other","keys":["' + 'a'.repeat(64) + '"]}' });
    expect(loadPassed(dir)).toEqual([]);
    writeFileSync(verifyCachePath(dir), '{not json');
    expect(loadPassed(dir)).toEqual([]);
  });

  it('trusts no key of a file that holds one value of the wrong shape', () => {
    const good = 'a'.repeat(64);
    const file = (keys: unknown[]) => JSON.stringify({ format: 1, version: VERIFY_VERSION, keys });
    const dir = tempProject({ '.wdm/cache/verify.json': file([good]) });
    expect(loadPassed(dir)).toEqual([good]);
    for (const damaged of [[good, 'b'.repeat(63)], [good, 42], [good, 'B'.repeat(64)]]) {
      writeFileSync(verifyCachePath(dir), file(damaged));
      expect(loadPassed(dir)).toEqual([]);
    }
    writeFileSync(verifyCachePath(dir), 'null');
    expect(loadPassed(dir)).toEqual([]);
  });

  it('keeps the keys oldest first, each run sorted, and drops the oldest past the bound', () => {
    const k = (c: string) => c.repeat(64);
    const dir = tempProject({ '.wdm/cache/.keep': '' });
    savePassed(dir, [], [k('e'), k('a'), k('c')], 5);
    expect(loadPassed(dir)).toEqual([k('a'), k('c'), k('e')]);
    // A later run: its keys after the earlier ones whatever their hashes; one passed again moves to the newest.
    savePassed(dir, loadPassed(dir), [k('d'), k('b'), k('a')], 5);
    expect(loadPassed(dir)).toEqual([k('c'), k('e'), k('a'), k('b'), k('d')]);
    // Past the bound the oldest go, not the smallest hashes.
    savePassed(dir, loadPassed(dir), [k('f'), k('0')], 5);
    expect(loadPassed(dir)).toEqual([k('a'), k('b'), k('d'), k('0'), k('f')]);
  });
});

describe('PassedKeys: this run\'s keys, bounded as they stream in', () => {
  // Deterministic pseudo-random sha256-like keys, with repeats (a check key passed by two sites).
  const keyAt = (i: number) => createHash('sha256').update(String(i % 997)).digest('hex');
  const runs: { name: string; earlier: string[]; count: number; max: number; slack: number }[] = [
    { name: 'fewer keys than the bound', earlier: [keyAt(5000), keyAt(3)], count: 40, max: 100, slack: 10 },
    { name: 'many more keys than the bound, pruned many times', earlier: [keyAt(7000), keyAt(8000)], count: 3000, max: 50, slack: 7 },
    { name: 'exactly the bound', earlier: [keyAt(9000)], count: 60, max: 60, slack: 1 },
  ];
  it.each(runs)('writes what every key gives: $name', ({ earlier, count, max, slack }) => {
    const every: string[] = [];
    const bounded = new PassedKeys(max, slack);
    for (let i = 0; i < count; i += 3) {
      const site = [keyAt(i), keyAt(i + 1), keyAt(i + 2)];
      every.push(...site);
      bounded.add(site);
      expect(bounded.length).toBeLessThan(max + slack);
    }
    const a = tempProject({ '.wdm/cache/.keep': '' });
    const b = tempProject({ '.wdm/cache/.keep': '' });
    savePassed(a, earlier, every, max);
    savePassed(b, earlier, bounded, max);
    expect(readFileSync(verifyCachePath(b), 'utf8')).toBe(readFileSync(verifyCachePath(a), 'utf8'));
    // Both as the rule says, computed the plain way: earlier keys not passed again, then this run's distinct keys
    // sorted, and of those the last `max`.
    const fresh = [...new Set(every)].sort();
    const expected = [...earlier.filter((k) => !fresh.includes(k)), ...fresh].slice(-max);
    expect(loadPassed(a)).toEqual(expected);
    // Byte for byte what JSON.stringify writes (savePassed builds the bytes without a string a key).
    expect(readFileSync(verifyCachePath(a), 'utf8')).toBe(`${JSON.stringify({ format: 1, version: VERIFY_VERSION, keys: expected })}\n`);
  });
});

describe('verify reuses checks that passed on the same bytes', () => {
  it('skips them, still catches a defect in a changed page, and --full reruns everything', async () => {
    const dir = tempProject({ 'batches/a.txt': 'smithlaw.com\nbrightsmiledental.com\n' });
    const built = await runCli(['build', '--batch', 'a'], dir);
    expect(built.code).toBe(0);
    const again = await runCli(['verify', '--batch', 'a'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('12 checks reused');
    const page = join(dir, 'sites/a/smithlaw.com/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<main id="main">', '<main id="main"><div id="main">'));
    const broken = await runCli(['verify', '--batch', 'a'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('html-validate/');
    // The untouched site's six checks and the changed site's design, CSS and token checks were reused.
    expect(broken.stdout).toContain('9 checks reused');
    const full = await runCli(['verify', '--batch', 'a', '--full'], dir);
    expect(full.code).toBe(1);
    expect(full.stdout).not.toContain('reused');
  });
});
