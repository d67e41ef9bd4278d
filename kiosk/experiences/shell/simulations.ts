import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Experience } from '../../../shared';

export interface SimulationProps {
  experience: Experience;
  /** The zone's accent, for simulations that tint themselves to their scene. */
  accent: string;
}

type Simulation = LazyExoticComponent<ComponentType<SimulationProps>>;

/**
 * One lazily loaded module per experience kind (`kind` in shared/catalogue.ts): the home and
 * zone screens never download a simulation nobody opened. Each chunk is precached by the
 * service worker all the same, so every one of them opens offline.
 */
export const simulations: Record<string, Simulation> = {
  'video-call': lazy(() => import('../business/VideoCall')),
  'mobile-email': lazy(() => import('../business/MobileEmail')),
  'office-docs': lazy(() => import('../business/OfficeDocs')),
  stocks: lazy(() => import('../business/Stocks')),
  maps: lazy(() => import('../travel/Maps')),
  timetable: lazy(() => import('../travel/Timetable')),
  roaming: lazy(() => import('../travel/Roaming')),
  'mobile-tv': lazy(() => import('../entertainment/MobileTv')),
  music: lazy(() => import('../entertainment/Music')),
  game: lazy(() => import('../entertainment/MemoryGame')),
  payment: lazy(() => import('../life/Payment')),
  news: lazy(() => import('../life/News')),
  weather: lazy(() => import('../life/Weather')),
  'photo-share': lazy(() => import('../life/PhotoShare')),
  'new-handsets': lazy(() => import('../trend/NewHandsets')),
  'monthly-services': lazy(() => import('../trend/MonthlyServices')),
};
