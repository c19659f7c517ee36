/// <reference lib="webworker" />
import { problemOf } from './dataset-problem.ts';
import { DatasetService } from './dataset-service.ts';
import type { Envelope, Reply, Request } from './worker-protocol.ts';

// The dataset worker: loading, validating, filtering, sorting and aggregating happen here, off
// the page's thread. Requests are answered in order, one at a time.

const service = new DatasetService();
let queue: Promise<void> = Promise.resolve();

self.onmessage = (event: MessageEvent<Envelope<{ request: Request }>>) => {
  const { id, request } = event.data;
  queue = queue.then(async () => {
    let reply: Reply;
    try {
      reply = { id, ok: true, answer: await service.handle(request) };
    } catch (error) {
      reply = {
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        problem: problemOf(error),
      };
    }
    const transfer = reply.ok && reply.answer.type === 'parquet' ? [reply.answer.bytes.buffer] : [];
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);
  });
};
