import { LineIcon } from '../../app/Icon';

/** Line icons for the simulations' own controls (the app's Icon has the navigation ones). */
const paths = {
  mic: 'M12 3a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3zM5.5 11.5a6.5 6.5 0 0 0 13 0M12 18v3',
  micOff:
    'M12 3a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3zM5.5 11.5a6.5 6.5 0 0 0 13 0M12 18v3M4 4l16 16',
  camera: 'M3 7.5h4l1.5-2h7l1.5 2h4v11H3zM12 10a3.2 3.2 0 1 0 0 6.4 3.2 3.2 0 0 0 0-6.4z',
  hangUp: 'M3 14.5c5-4.7 13-4.7 18 0l-2.4 2.6-3.3-1.6.2-2.4c-2.2-.7-4.8-.7-7 0l.2 2.4-3.3 1.6z',
  reply: 'M10 7L4 12l6 5M4 12h10a6 6 0 0 1 6 6',
  send: 'M4 12l16-8-6 16-2.5-6.5zM11.5 13.5L20 4',
  attach: 'M8 12.5l6.5-6.5a3 3 0 0 1 4.2 4.2l-8 8a5 5 0 0 1-7-7l7.5-7.5',
  play: 'M8 5l11 7-11 7z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  next: 'M6 5l9 7-9 7zM17 5v14',
  previous: 'M18 5l-9 7 9 7zM7 5v14',
  swap: 'M7 7h12l-3-3M17 17H5l3 3',
  nfc: 'M8 8a6 6 0 0 1 0 8M11.5 5.5a10 10 0 0 1 0 13M15 3a14 14 0 0 1 0 18',
  shutter: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zM12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  restart: 'M4 12a8 8 0 1 0 2.4-5.7M4 4v4.5h4.5',
  target: 'M12 3v4M12 17v4M3 12h4M17 12h4M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
} as const;

export type SimIconName = keyof typeof paths;

export function SimIcon({ name, className }: { name: SimIconName; className?: string }) {
  return <LineIcon d={paths[name]} className={className} strokeWidth={2} />;
}
