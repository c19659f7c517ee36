/** A worker that records what it is asked and answers when the test says. */
export class FakeWorker {
  static last: FakeWorker | null = null;
  /** How many were started since the test reset it. */
  static started = 0;
  readonly asked: { id: number; request: { type: string } }[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
    FakeWorker.started += 1;
  }
  postMessage(message: { id: number; request: { type: string } }) {
    this.asked.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the first request of this type (the `nth` one, from 0, if given). */
  answer(type: string, reply: object, nth = 0) {
    const asked = this.asked.filter((m) => m.request.type === type)[nth];
    if (!asked) throw new Error(`the worker was not asked ${type} (${nth})`);
    this.onmessage?.({ data: { id: asked.id, ...reply } } as MessageEvent);
  }
}
