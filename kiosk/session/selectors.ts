import type { SnapshotFrom } from 'xstate';
import type { SessionMachine } from './sessionMachine';

type SessionSnapshot = SnapshotFrom<SessionMachine>;

export type Screen =
  'attract' | 'home' | 'zone' | 'handsets' | 'order' | 'review' | 'submitting' | 'confirmation';

const flowScreens = [
  'home',
  'zone',
  'handsets',
  'order',
  'review',
  'submitting',
  'confirmation',
] as const;

export function selectScreen(snapshot: SessionSnapshot): Screen {
  for (const screen of flowScreens) {
    if (snapshot.matches({ visiting: { flow: screen } })) return screen;
  }
  return 'attract';
}

export const selectIsIdleWarning = (snapshot: SessionSnapshot) =>
  snapshot.matches({ visiting: { attention: 'checking' } });
