import type { SnapshotFrom } from 'xstate';
import type { SessionMachine } from './sessionMachine';

type SessionSnapshot = SnapshotFrom<SessionMachine>;

export type Screen =
  | 'attract'
  | 'home'
  | 'zone'
  | 'experience'
  | 'handsets'
  | 'compare'
  | 'bundles'
  | 'order'
  | 'planHelper'
  | 'numbers'
  | 'review'
  | 'submitting'
  | 'confirmation';

const flowScreens = [
  'home',
  'handsets',
  'compare',
  'bundles',
  'order',
  'planHelper',
  'numbers',
  'review',
  'submitting',
  'confirmation',
] as const;

export function selectScreen(snapshot: SessionSnapshot): Screen {
  if (snapshot.matches({ visiting: { flow: { zone: 'experience' } } })) return 'experience';
  if (snapshot.matches({ visiting: { flow: 'zone' } })) return 'zone';
  for (const screen of flowScreens) {
    if (snapshot.matches({ visiting: { flow: screen } })) return screen;
  }
  return 'attract';
}

export const selectIsIdleWarning = (snapshot: SessionSnapshot) =>
  snapshot.matches({ visiting: { attention: 'checking' } });

export const selectAccess = (snapshot: SessionSnapshot) => snapshot.context.access;
