/**
 * The time bar under the map: play/pause and a slider over a run's output points. Shared by Fig. 1
 * (minutes after IL-6) and Fig. 2 (days of the TME run); `usePlayer` holds the index and advances it.
 */
import { type ReactNode, useEffect, useState } from "react";

export interface Player {
  /** the index clamped to the run */
  index: number;
  /** the index as set (kept when a shorter run arrives, e.g. from a link before the run) */
  raw: number;
  setIndex: (i: number) => void;
  playing: boolean;
  setPlaying: (p: boolean | ((p: boolean) => boolean)) => void;
}

/** An output index over `length` points that plays forward every `stepMs` and stops at the end. */
export function usePlayer(length: number, initial = 0, stepMs = 60): Player {
  const [raw, setIndex] = useState(initial);
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing || length === 0) return;
    const h = setInterval(() => {
      setIndex((i) => {
        if (i >= length - 1) {
          setPlaying(false);
          return i;
        }
        return i + 1;
      });
    }, stepMs);
    return () => clearInterval(h);
  }, [playing, length, stepMs]);
  return { index: Math.min(raw, Math.max(0, length - 1)), raw, setIndex, playing, setPlaying };
}

export function TimeBar({
  player,
  length,
  playLabel,
  label,
  legend = "activity",
  ends = "low → peak",
  hidden,
}: {
  player: Player;
  length: number;
  /** the play button's accessible name */
  playLabel: string;
  /** the time shown beside the slider */
  label: ReactNode;
  legend?: string;
  /** the colour ramp's ends */
  ends?: string;
  hidden?: boolean;
}) {
  const { index, playing, setIndex, setPlaying } = player;
  return (
    <div className="timebar" hidden={hidden}>
      <button
        type="button"
        onClick={() => {
          if (index >= length - 1) setIndex(0);
          setPlaying((p) => !p);
        }}
        aria-label={playing ? "Pause" : playLabel}
      >
        {playing ? "❚❚ Pause" : "▶ Play"}
      </button>
      <label>
        <span className="tlabel">{label}</span>
        <input
          type="range"
          min={0}
          max={Math.max(0, length - 1)}
          value={index}
          onChange={(e) => {
            setPlaying(false);
            setIndex(Number(e.target.value));
          }}
          aria-label="Time"
        />
      </label>
      <span className="legend" aria-hidden="true">
        {legend} <span className="ramp" /> {ends}
      </span>
    </div>
  );
}
