// Worker-thread entry: loads the project once per thread, then runs the pure stages of each site it is given.
import { workerData } from 'node:worker_threads';
import { WdmError } from '../shared/errors.js';
import { loadProject, type Project } from './project.js';
import type { SiteTask, SiteWork, StageContext } from './build.js';
import { designReply, type DesignReply, type DesignTask } from './generate-site.js';
import { heapBound, type HeapBound } from './heap.js';
import type { WorkerInit } from './workers.js';

const init = workerData as WorkerInit;
let project: Project | undefined;
let context: StageContext | undefined;
let build: typeof import('./build.js') | undefined;

/**
 * The project as the main thread loaded it: a rules or template file edited between the two loads would design these
 * sites from other inputs than their keys say, so the thread refuses to run instead.
 */
function projectOf(): Project {
  if (project) return project;
  const loaded = loadProject(init.projectDir, { outDir: init.outDir });
  if (init.digests && (loaded.rulesDigest !== init.digests.rules || loaded.templatesDigest !== init.digests.templates)) {
    throw new WdmError('E_INTERNAL', 'The rules or templates changed while the run was starting its worker threads', {}, 'rerun once the rules and templates are saved');
  }
  project = loaded;
  return project;
}

/** `build`, `implement`, `verify`: one site through the stages asked for. */
export default async function runSite(task: SiteTask): Promise<SiteWork> {
  // build.js (implement, verify, validators) is loaded only by the threads of those commands, not by generate's.
  build ??= await import('./build.js');
  context ??= build.createStageContext(projectOf(), init.stages, () => performance.now(), init.passed); // determinism-ok: stage timing only
  return build.workSite(task, context);
}

let heap: HeapBound | undefined;

/** `generate`: the pure part of one site (see generate-site.ts), the thread's heap kept bounded as the main thread's is. */
export function designSite(task: DesignTask): DesignReply {
  const reply = designReply(projectOf(), task);
  (heap ??= heapBound()).tick();
  return reply;
}
