// The compact list a long build holds its sites in gives back each site exactly as the batch reader made it.
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/index.js';
import { readBatch } from '../../src/pipeline/generate.js';
import { SiteList } from '../../src/pipeline/site-list.js';
import type { Site } from '../../src/shared/types.js';
import { removeTempProjects, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

/** Keys in order, values deep: a site made again must serialise as the one read. */
const same = (list: SiteList, sites: readonly Site[]) => {
  expect(list.length).toBe(sites.length);
  for (let i = 0; i < sites.length; i++) {
    expect(JSON.stringify(list.at(i))).toBe(JSON.stringify(sites[i]));
    expect(list.at(i)).toStrictEqual(sites[i]);
    expect(list.domainAt(i)).toBe(sites[i]!.domain);
  }
};

describe('SiteList', () => {
  it('gives back the rows of a .txt batch, with their lines (comments and blank lines between)', () => {
    const dir = tempProject({ 'batches/a.txt': '# a comment\nsmithlaw.com\n\nbrightsmiledental.com\nbücher.de\n' });
    const sites = readBatch(loadProject(dir), 'a').sites;
    expect(sites.map((s) => s.source.line)).toEqual([2, 4, 5]);
    same(new SiteList(sites), sites);
  });

  it('gives back rows with a category, name, colour or facts as read', () => {
    const dir = tempProject({
      'batches/b.yaml': [
        'sites:',
        '  - domain: plain.com',
        '  - domain: named.com',
        '    name: Named Co',
        '    category: law-firm',
        '  - domain: coloured.com',
        '    brandColor: "#225588"',
        '  - domain: facts.com',
        '    facts:',
        '      phone: "+44 20 7946 0000"',
        '  - domain: last.com',
        '',
      ].join('\n'),
    });
    const sites = readBatch(loadProject(dir), 'b').sites;
    expect(sites).toHaveLength(5);
    same(new SiteList(sites), sites);
  });

  it('keeps a site whole when it is not a bare row of the list\'s file', () => {
    const bare: Site = { domain: 'a.com', unicode: 'a.com', source: { file: 'batches/x.txt', line: 1 } };
    const otherFile: Site = { domain: 'b.com', unicode: 'b.com', source: { file: 'batches/y.txt', line: 2 } };
    const unicode: Site = { domain: 'xn--bcher-kva.de', unicode: 'bücher.de', source: { file: 'batches/x.txt', line: 3 } };
    const reordered = { unicode: 'c.com', domain: 'c.com', source: { file: 'batches/x.txt', line: 4 } } as Site;
    const sites = [bare, otherFile, unicode, reordered];
    const list = new SiteList(sites);
    same(list, sites);
    // A kept site is the same object; a bare one is made again.
    expect(list.at(1)).toBe(otherFile);
    expect(list.at(3)).toBe(reordered);
    expect(list.at(0)).not.toBe(bare);
    expect(() => list.at(4)).toThrow(RangeError);
  });
});
