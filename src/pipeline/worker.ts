// Worker-thread entry: loads the project once per thread, then runs the pure stages of each site it is given.
import { workerData } from 'node:worker_threads';
import { loadProject } from './project.js';
import { createStageContext, workSite, type SiteTask, type SiteWork, type StageContext } from './build.js';
import type { WorkerInit } from './workers.js';

const init = workerData as WorkerInit;
let context: StageContext | undefined;

export default async function runSite(task: SiteTask): Promise<SiteWork> {
  context ??= createStageContext(loadProject(init.projectDir, { outDir: init.outDir }), init.stages, () => performance.now(), init.passed); // determinism-ok: stage timing only
  return workSite(task, context);
}
