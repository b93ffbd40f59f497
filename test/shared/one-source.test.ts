// Knowledge kept once: the pieces issue 8 found defined twice (and drifting) now have one definition that every user
// reads, and what the docs say about them agrees with it.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/pipeline/config.js';
import { DEFAULT_FLUSH_EVERY, DEFAULT_FLUSH_MS } from '../../src/registry/index.js';
import { BATCH_EXTENSIONS as batchStage, batchFormatOf } from '../../src/batch/index.js';
import { BATCH_EXTENSIONS as pipelineStage, listBatchIds } from '../../src/pipeline/project.js';
import { batchIdProblem, stateProblem } from '../../src/cli/values.js';
import { parseStateName, STATE_NAMES } from '../../src/registry/states.js';
import { scopeOfChanges } from '../../src/review/scope.js';
import { removeTempProjects, readRepoFile, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

describe('registry flush defaults', () => {
  it('wdm.config.yaml defaults are the journal defaults, and README and docs/registry.md state them', () => {
    expect(DEFAULT_CONFIG.registry).toEqual({ flushEvery: DEFAULT_FLUSH_EVERY, flushMs: DEFAULT_FLUSH_MS });
    const readme = readRepoFile('README.md');
    expect(readme).toMatch(new RegExp(`flushEvery: ${DEFAULT_FLUSH_EVERY} `));
    expect(readme).toMatch(new RegExp(`flushMs: ${DEFAULT_FLUSH_MS} `));
    expect(readRepoFile('docs/registry.md')).toContain(`Defaults: \`flushEvery\` ${DEFAULT_FLUSH_EVERY}, \`flushMs\` ${DEFAULT_FLUSH_MS}.`);
  });
});

describe('batch file extensions and batch ids', () => {
  it('the pipeline finds batch files by the extensions the batch stage parses, and by no other', () => {
    expect(pipelineStage).toBe(batchStage);
    const files: Record<string, string> = {};
    for (const ext of batchStage) files[`batches/b-${ext}.${ext}`] = ext === 'json' ? '{"sites":[]}' : '';
    files['batches/notes.md'] = '';
    files['batches/old.yaml.bak'] = '';
    const dir = tempProject(files);
    expect(listBatchIds(dir)).toEqual(batchStage.map((ext) => `b-${ext}`).sort());
    for (const ext of batchStage) expect(() => batchFormatOf(`batches/x.${ext}`)).not.toThrow();
    expect(() => batchFormatOf('batches/x.md')).toThrow(/expected one of \.yaml, \.yml, \.json, \.csv, \.txt/);
  });

  it('the command line, the registry and review accept the same batch ids', () => {
    for (const id of ['010', 'demo.sites', 'a_b-c', 'Z']) {
      expect(batchIdProblem(id), id).toBeUndefined();
      expect(scopeOfChanges([`batches/${id}.yml`]).batches, id).toEqual([id]);
    }
    for (const id of ['.hidden', '-x', '_y', 'a/b', 'a b', '']) {
      expect(batchIdProblem(id), id).toBeDefined();
      expect(scopeOfChanges([`batches/${id}.yaml`]).batches, id).toEqual([]);
    }
    // Every extension the batch stage reads names a batch for review too.
    for (const ext of batchStage) expect(scopeOfChanges([`batches/b.${ext}`]).batches).toEqual(['b']);
  });
});

describe('state names', () => {
  it('--status accepts exactly what parseStateName accepts, and an inherited property name is no state', () => {
    for (const name of [...STATE_NAMES, ...STATE_NAMES.map((s) => s.toUpperCase()), 'P', 'd', 'I', 'v', 'F', 'x']) {
      expect(stateProblem(name), name).toBeUndefined();
      expect(() => parseStateName(name)).not.toThrow();
    }
    for (const name of ['constructor', 'toString', '__proto__', 'q', 'verify', '']) {
      expect(stateProblem(name), name).toMatch(/expected one of pending, designed, implemented, verified, finalized, failed or a letter P, D, I, V, F, X/);
      expect(() => parseStateName(name), name).toThrow(/Unexpected status/);
    }
  });
});
