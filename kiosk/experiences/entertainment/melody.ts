const semitones: Record<string, number> = {
  C: -9,
  'C#': -8,
  D: -7,
  'D#': -6,
  E: -5,
  F: -4,
  'F#': -3,
  G: -2,
  'G#': -1,
  A: 0,
  'A#': 1,
  B: 2,
};

/** The frequency of a note such as `A4` (440 Hz) or `C#5`; null for a rest (`-`) or nonsense. */
export function noteFrequency(note: string): number | null {
  const match = /^([A-G]#?)([2-7])$/.exec(note);
  if (!match) return null;
  const offset = semitones[match[1] as string];
  if (offset === undefined) return null;
  const octave = Number(match[2]);
  return 440 * 2 ** ((offset + (octave - 4) * 12) / 12);
}

/** A published melody as a list of beats: a frequency, or null to rest. */
export function parseMelody(melody: string): (number | null)[] {
  return melody
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => (token === '-' ? null : noteFrequency(token)));
}

/** Seconds the tune lasts at `bpm` beats a minute. */
export function melodySeconds(melody: string, bpm: number): number {
  return (parseMelody(melody).length * 60) / bpm;
}
