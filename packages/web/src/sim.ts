/**
 * The UI side of the simulation worker: one worker, requests coalesced so that while a slider moves only
 * the newest scenario waits behind the running one (the map and plots follow the slider without a queue).
 */
import type { WorkerReply, WorkerRequest } from "./sim.worker.js";

type Req = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, "id"> : never) : never;
type Pending = { req: Req; resolve: (r: WorkerReply) => void };

export class SimClient {
  private worker = new Worker(new URL("./sim.worker.ts", import.meta.url), { type: "module" });
  private next = 1;
  private busy = new Map<number, (r: WorkerReply) => void>();
  private latest: Pending | null = null;
  private scenarioInFlight = false;

  constructor() {
    this.worker.onmessage = (ev: MessageEvent<WorkerReply>) => {
      const cb = this.busy.get(ev.data.id);
      this.busy.delete(ev.data.id);
      cb?.(ev.data);
    };
  }

  private send(req: Req): Promise<WorkerReply> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.busy.set(id, resolve);
      this.worker.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  /** Scenario runs: a newer request replaces a waiting one (the superseded promise resolves with null). */
  scenario(req: Omit<Extract<WorkerRequest, { type: "scenario" }>, "id">): Promise<WorkerReply | null> {
    return new Promise((resolve) => {
      if (this.scenarioInFlight) {
        this.latest?.resolve(null as unknown as WorkerReply);
        this.latest = { req, resolve: resolve as (r: WorkerReply) => void };
        return;
      }
      this.pump({ req, resolve: resolve as (r: WorkerReply) => void });
    });
  }

  private pump(p: Pending): void {
    this.scenarioInFlight = true;
    void this.send(p.req).then((r) => {
      p.resolve(r);
      const nxt = this.latest;
      this.latest = null;
      if (nxt) this.pump(nxt);
      else this.scenarioInFlight = false;
    });
  }

  species(): Promise<WorkerReply> {
    return this.send({ type: "species" });
  }

  sbml(text: string, end: number, points: number): Promise<WorkerReply> {
    return this.send({ type: "sbml", text, end, points });
  }
}
