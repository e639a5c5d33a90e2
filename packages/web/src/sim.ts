/**
 * The UI side of the simulation worker: one worker, requests coalesced so that while a slider moves only
 * the newest scenario waits behind the running one (the map and plots follow the slider without a queue);
 * Fig. 1's mechanistic runs and Fig. 2's TME runs are coalesced separately.
 */
import type { WorkerReply, WorkerRequest } from "./sim.worker.js";

type Req = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, "id"> : never) : never;
type Pending = { req: Req; resolve: (r: WorkerReply) => void };

export class SimClient {
  private worker = new Worker(new URL("./sim.worker.ts", import.meta.url), { type: "module" });
  private next = 1;
  private busy = new Map<number, (r: WorkerReply) => void>();
  /** per kind of coalesced request (Fig. 1 scenario, Fig. 2 TME run): the running one and the one waiting */
  private lanes = new Map<string, { inFlight: boolean; latest: Pending | null }>();

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
    return this.coalesce("scenario", req);
  }

  /** TME runs (Fig. 2), coalesced like scenario runs in a lane of their own. */
  tme(req: Omit<Extract<WorkerRequest, { type: "tme" }>, "id">): Promise<WorkerReply | null> {
    return this.coalesce("tme", req);
  }

  private coalesce(kind: string, req: Req): Promise<WorkerReply | null> {
    let lane = this.lanes.get(kind);
    if (!lane) {
      lane = { inFlight: false, latest: null };
      this.lanes.set(kind, lane);
    }
    const l = lane;
    return new Promise((resolve) => {
      const p = { req, resolve: resolve as (r: WorkerReply) => void };
      if (l.inFlight) {
        l.latest?.resolve(null as unknown as WorkerReply);
        l.latest = p;
        return;
      }
      this.pump(l, p);
    });
  }

  private pump(lane: { inFlight: boolean; latest: Pending | null }, p: Pending): void {
    lane.inFlight = true;
    void this.send(p.req).then((r) => {
      p.resolve(r);
      const nxt = lane.latest;
      lane.latest = null;
      if (nxt) this.pump(lane, nxt);
      else lane.inFlight = false;
    });
  }

  tmeInfo(): Promise<WorkerReply> {
    return this.send({ type: "tme-info" });
  }

  species(): Promise<WorkerReply> {
    return this.send({ type: "species" });
  }

  sbml(text: string, end: number, points: number): Promise<WorkerReply> {
    return this.send({ type: "sbml", text, end, points });
  }
}
