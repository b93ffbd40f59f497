// The thread of `WriteThread` (write-thread.ts): each DESIGN.md write it is handed, in the order handed, through the
// same confined, atomic write-if-changed as the main thread's (registry/atomic-write.ts), and the outcome or the
// error (shaped to cross the thread) posted back.
import { parentPort } from 'node:worker_threads';
import { writeFileIfChanged } from '../registry/atomic-write.js';
import { shapeOf } from '../shared/errors.js';
import type { WriteReply, WriteRequest } from './write-thread.js';

parentPort?.on('message', (request: WriteRequest) => {
  let reply: WriteReply;
  try {
    const outcome = writeFileIfChanged(request.file, request.content, {
      root: request.root,
      durability: 'none',
      ...(request.existing !== undefined ? { existing: request.existing } : {}),
    });
    reply = { id: request.id, outcome };
  } catch (error) {
    reply = { id: request.id, error: shapeOf(error) };
  }
  parentPort?.postMessage(reply);
});
