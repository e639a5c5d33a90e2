/** The result of a `petab-fit` job: waterfall of the starts, one-line summary, best parameters, JSON download. */
import {
  decades,
  fitSummary,
  fmt,
  type PetabFitResult,
  parameterRows,
  SAME_OPTIMUM,
  summaryText,
  timeCapText,
  WATERFALL_OFFSET,
  waterfall,
} from "./petabFit.js";

export interface FitOptions {
  starts: number;
  design: string;
  optimizer: string;
  seed: number;
  maxIterations: number;
}

/** a `petab-fit` job row as polled from GET /api/jobs/:id, with the options it was submitted with */
export interface FitJob {
  id: string;
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  result?: PetabFitResult;
  error?: { code: string; message: string };
  options: FitOptions;
  yaml: string;
}

const SAME = "#1b9e77";
const OTHER = "#d95f02";

/** final −llh of each start, sorted, on a log axis (−llh − best −llh + 10⁻³); an inline SVG */
function Waterfall({ result }: { result: PetabFitResult }) {
  const pts = waterfall(result.starts);
  const W = 640;
  const H = 260;
  const m = { l: 64, r: 14, t: 14, b: 42 };
  const [lo, hi] = decades([...pts.map((p) => p.y ?? 0), SAME_OPTIMUM + WATERFALL_OFFSET]);
  const n = pts.length;
  const px = (rank: number) => m.l + ((rank - 0.5) / n) * (W - m.l - m.r);
  const py = (y: number) => m.t + ((hi - Math.log10(y)) / (hi - lo)) * (H - m.t - m.b);
  const step = Math.max(1, Math.ceil((hi - lo) / 6));
  const ticks: number[] = [];
  for (let d = lo; d <= hi; d += step) ticks.push(d);
  const ok = pts.filter((p) => p.y !== null);
  const thr = py(SAME_OPTIMUM + WATERFALL_OFFSET);
  return (
    <svg
      className="waterfall"
      data-testid="waterfall"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Waterfall of ${n} starts: final −llh minus the best −llh, sorted`}
    >
      <rect x={m.l} y={m.t} width={W - m.l - m.r} height={H - m.t - m.b} fill="#fff" stroke="#d0d7e2" />
      {ticks.map((d) => (
        <g key={d}>
          <line x1={m.l} x2={W - m.r} y1={py(10 ** d)} y2={py(10 ** d)} stroke="#eef1f6" />
          <text x={m.l - 6} y={py(10 ** d) + 4} textAnchor="end" fontSize="11">
            {`1e${d}`}
          </text>
        </g>
      ))}
      <line x1={m.l} x2={W - m.r} y1={thr} y2={thr} stroke={SAME} strokeDasharray="5 4" />
      <text x={W - m.r - 4} y={thr - 4} textAnchor="end" fontSize="11" fill={SAME}>
        within {SAME_OPTIMUM} of the best
      </text>
      {pts.map((p) => (
        <text key={p.rank} x={px(p.rank)} y={H - m.b + 14} textAnchor="middle" fontSize="10">
          {n <= 20 || p.rank % 5 === 0 || p.rank === 1 ? p.rank : ""}
        </text>
      ))}
      <text x={(m.l + W - m.r) / 2} y={H - 6} textAnchor="middle" fontSize="12">
        start, sorted by final −llh (best first)
      </text>
      <text
        x={14}
        y={(m.t + H - m.b) / 2}
        textAnchor="middle"
        fontSize="12"
        transform={`rotate(-90 14 ${(m.t + H - m.b) / 2})`}
      >
        −llh − best −llh + 10⁻³ (log)
      </text>
      {ok.length > 1 && (
        <polyline
          points={ok.map((p) => `${px(p.rank)},${py(p.y as number)}`).join(" ")}
          fill="none"
          stroke="#9aa5b5"
          strokeWidth="1"
        />
      )}
      {pts.map((p) =>
        p.y === null ? (
          <text
            key={p.rank}
            className="mark failed"
            x={px(p.rank)}
            y={m.t + 10}
            textAnchor="middle"
            fontSize="13"
            fill="#a11"
          >
            ×<title>{`start ${p.start}: failed`}</title>
          </text>
        ) : (
          <circle
            key={p.rank}
            className={p.sameOptimum ? "mark same" : "mark"}
            cx={px(p.rank)}
            cy={py(p.y)}
            r={5}
            fill={p.sameOptimum ? SAME : OTHER}
            stroke="#fff"
          >
            <title>{`start ${p.start}: llh ${p.llh?.toPrecision(8)}, −llh − best −llh = ${p.delta?.toPrecision(3)}`}</title>
          </circle>
        ),
      )}
    </svg>
  );
}

export function FitResult({ job }: { job: FitJob }) {
  const result = job.result as PetabFitResult;
  const summary = fitSummary(result.starts);
  const rows = parameterRows(result);
  const atBound = rows.filter((r) => r.atBound).length;
  const download = () => {
    const a = document.createElement("a");
    const json = JSON.stringify({ problem: job.yaml, job: job.id, options: job.options, ...result }, null, 2);
    a.href = URL.createObjectURL(new Blob([`${json}\n`], { type: "application/json" }));
    a.download = `${job.yaml.replace(/\.ya?ml$/i, "").replace(/[^A-Za-z0-9_-]+/g, "_") || "petab"}-fit.json`;
    a.click();
  };
  return (
    <section className="panel wide" aria-label="Fit result">
      <h3>Fit of {job.yaml}</h3>
      <p data-testid="fit-summary">{summaryText(summary)}</p>
      {timeCapText(result) && (
        <p className="hint" data-testid="fit-time-cap">
          {timeCapText(result)}
        </p>
      )}
      <p className="hint">
        {job.options.starts} starts ({job.options.design}, seed {job.options.seed}, {job.options.optimizer},
        at most {job.options.maxIterations} iterations each). Waterfall: final −llh of each start above the
        best one, sorted; <span style={{ color: SAME, fontWeight: 600 }}>green</span> starts end within{" "}
        {SAME_OPTIMUM} of the best (the same optimum),{" "}
        <span style={{ color: OTHER, fontWeight: 600 }}>orange</span> ones elsewhere.
      </p>
      <Waterfall result={result} />
      <table className="matrix params" data-testid="fit-parameters" aria-label="Best parameters">
        <caption>
          Best fit (start {result.best.start}). Value and bounds on the parameter's scale; “at bound”: within
          10⁻³ of a bound on that scale — the optimum may lie beyond it.
          {atBound ? ` ${atBound} of ${rows.length} parameters at a bound.` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">parameter</th>
            <th scope="col">scale</th>
            <th scope="col">value (scale)</th>
            <th scope="col">value (linear)</th>
            <th scope="col">lower</th>
            <th scope="col">upper</th>
            <th scope="col">note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.atBound ? "at-bound" : undefined}>
              <th scope="row">{r.id}</th>
              <td>{r.scale}</td>
              <td>{fmt(r.x)}</td>
              <td>{fmt(r.value)}</td>
              <td>{fmt(r.lower, "-")}</td>
              <td>{fmt(r.upper)}</td>
              <td>{r.atBound ? `at ${r.atBound} bound` : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={download}>
        Download the fit (JSON)
      </button>
    </section>
  );
}
