import { useCallback, useEffect, useRef } from 'react';

/**
 * A tiny synthesiser for the music demo: one soft triangle-wave note at a time through the
 * Web Audio API, so the kiosk plays tunes without shipping audio files. The context is made on
 * the first tap (browsers allow sound only after one) and closed with the simulation.
 */
export function useSynth() {
  const contextRef = useRef<AudioContext | null>(null);

  useEffect(
    () => () => {
      void contextRef.current?.close().catch(() => undefined);
      contextRef.current = null;
    },
    [],
  );

  return useCallback((frequency: number, seconds: number) => {
    if (typeof AudioContext === 'undefined') return;
    const context = contextRef.current ?? new AudioContext();
    contextRef.current = context;
    const start = context.currentTime;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'triangle';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.09, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds * 0.95);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + seconds);
  }, []);
}
