// Helpers for the review tests: a small project, git in a temporary repository, file hashes and mtimes.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Six sites over four categories: a rule change to one category touches some sites and not others. */
export const SMALL_BATCH = `sites:
  - domain: smithlaw.com
    category: legal
    name: Smith Law
  - domain: harborview.law
    category: legal
  - domain: ledgerandleaf.co.uk
    category: accounting
  - domain: northstarwealth.com
    category: finance
  - domain: sunnyside-bakery.com
    category: bakery
  - domain: acme-plumbing.com
`;

/** A user rule that moves every legal site's primary hue to green. */
export const GREEN_LAW_RULE = `cascade:
  - id: law-goes-green
    match: { category: legal }
    set: { palette.hue: [140, 150] }
`;

/** Git with a fixed identity and no user or system configuration, so tests behave the same on any machine. */
export function gitIn(dir: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

export function initRepo(dir: string): void {
  gitIn(dir, ['init', '-q', '-b', 'main']);
  gitIn(dir, ['config', 'commit.gpgsign', 'false']);
}

export function commitAll(dir: string, message: string): void {
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-q', '-m', message]);
}

export function bytesOf(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

export function mtimeOf(dir: string, path: string): bigint {
  return statSync(join(dir, path), { bigint: true }).mtimeNs;
}
