import { useEffect, useState } from 'react';

/** 0 → 1 over `durationMs` once `running`, one step per frame; back to 0 when `key` changes. */
export function useProgress(running: boolean, durationMs: number, key: string): number {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    setProgress(0);
    if (!running) return undefined;
    const startedAt = performance.now();
    let frame = 0;
    const step = (now: number) => {
      const next = Math.min(1, (now - startedAt) / durationMs);
      setProgress(next);
      if (next < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [running, durationMs, key]);
  return progress;
}
