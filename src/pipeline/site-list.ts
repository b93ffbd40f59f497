// A batch's sites as a long run holds them: most rows are a bare domain, kept as the domain and its line only.
import type { Site } from '../shared/types.js';

/**
 * The sites of one batch file, read back one at a time. A row that gives only its domain (ASCII, no category, name,
 * tagline, colour or facts: every row of a `.txt` batch) is held as its domain and line and made again as the same
 * `Site` when its turn comes; any other row is held as read. At 100,000 sites the `Site` objects, their `source`
 * objects and the run's job records held ~19 MB of heap for the whole of a `build`; this holds ~4.5 MB.
 */
export class SiteList {
  /** A bare row's domain, or the whole site. */
  private readonly entries: (string | Site)[];
  /** A bare row's line (0 for a whole site). */
  private readonly lines: Int32Array;
  /** The file every bare row came from (a batch is one file). */
  private readonly file: string | undefined;

  constructor(sites: readonly Site[]) {
    this.entries = new Array<string | Site>(sites.length);
    this.lines = new Int32Array(sites.length);
    this.file = sites[0]?.source.file;
    for (let i = 0; i < sites.length; i++) {
      const site = sites[i]!;
      if (this.isBare(site)) {
        this.entries[i] = site.domain;
        this.lines[i] = site.source.line;
      } else this.entries[i] = site;
    }
  }

  get length(): number {
    return this.entries.length;
  }

  /** The site at `i`: equal, key for key and in the same order, to the one read from the batch. */
  at(i: number): Site {
    const entry = this.entries[i];
    if (entry === undefined) throw new RangeError(`no site ${i} of ${this.entries.length}`);
    return typeof entry === 'string' ? { domain: entry, unicode: entry, source: { file: this.file!, line: this.lines[i]! } } : entry;
  }

  domainAt(i: number): string {
    const entry = this.entries[i];
    if (entry === undefined) throw new RangeError(`no site ${i} of ${this.entries.length}`);
    return typeof entry === 'string' ? entry : entry.domain;
  }

  /** Exactly the keys `at` makes again, in its order, with an ASCII domain and the list's file. */
  private isBare(site: Site): boolean {
    if (site.unicode !== site.domain || site.source.file !== this.file || !Number.isInteger(site.source.line) || site.source.line < 0 || site.source.line > 0x7fffffff) return false;
    const keys = Object.keys(site);
    const sourceKeys = Object.keys(site.source);
    return keys.length === 3 && keys[0] === 'domain' && keys[1] === 'unicode' && keys[2] === 'source' && sourceKeys.length === 2 && sourceKeys[0] === 'file' && sourceKeys[1] === 'line';
  }
}
