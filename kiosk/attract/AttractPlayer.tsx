import { useEffect, useRef, useState } from 'react';
import type Player from 'video.js/dist/types/player';

interface AttractPlayerProps {
  playlist: readonly string[];
  playing: boolean;
  /** Told which clip of the playlist is on screen (null while none is playing). */
  onClip: (index: number | null) => void;
}

/** The MIME type video.js needs, from the published file's extension. */
function typeOf(path: string): string {
  return path.endsWith('.mp4') ? 'video/mp4' : 'video/webm';
}

/**
 * ONE video.js player for the kiosk's whole day: created once, its source changed clip by
 * clip, paused during a session, never disposed while the page lives (videojs#5339, #6537).
 * `preload="metadata"` so a video never races the service worker's install (workbox#3288);
 * `crossorigin="anonymous"` so cached media answers range requests (workbox#1663).
 */
export function AttractPlayer({ playlist, playing, onClip }: AttractPlayerProps) {
  const holderRef = useRef<HTMLDivElement>(null);
  const playerRef = useRef<Player | null>(null);
  const playlistRef = useRef(playlist);
  const indexRef = useRef(0);
  const failuresRef = useRef(0);
  const onClipRef = useRef(onClip);
  useEffect(() => {
    onClipRef.current = onClip;
  }, [onClip]);
  const [visible, setVisible] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let cancelled = false;
    // video.js is big: fetch and parse it once the first screen is up and the page is idle,
    // so it never delays the first tap.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    const loading = new Promise<void>((ready) => idle(() => ready(), { timeout: 3_000 }));
    void loading
      .then(() => import('video.js'))
      .then(({ default: videojs }) => {
        const holder = holderRef.current;
        if (cancelled || !holder || playerRef.current) return;
        const video = document.createElement('video');
        video.className = 'video-js attract-player__video';
        video.muted = true;
        video.playsInline = true;
        video.preload = 'metadata';
        video.crossOrigin = 'anonymous';
        video.setAttribute('aria-hidden', 'true');
        holder.appendChild(video);
        const player = videojs(video, {
          controls: false,
          muted: true,
          loop: false,
          preload: 'metadata',
          fill: true,
          bigPlayButton: false,
          controlBar: false,
          loadingSpinner: false,
          errorDisplay: false,
          textTrackSettings: false,
          posterImage: false,
        });
        const playNext = (advance: number) => {
          const list = playlistRef.current;
          if (list.length === 0) return;
          indexRef.current = (indexRef.current + advance) % list.length;
          const next = list[indexRef.current] as string;
          player.src({ src: next, type: typeOf(next) });
          void player.play()?.catch(() => undefined);
        };
        player.on('ended', () => playNext(1));
        player.on('playing', () => {
          failuresRef.current = 0;
          setVisible(true);
          onClipRef.current(indexRef.current);
        });
        player.on('error', () => {
          // A clip that will not play (offline and not cached yet) is skipped; after a whole
          // round of failures the animated poster stays on its own.
          failuresRef.current += 1;
          if (failuresRef.current < playlistRef.current.length) {
            playNext(1);
          } else {
            setVisible(false);
            onClipRef.current(null);
          }
        });
        playerRef.current = player;
        setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // The playlist changed (new content published): start it from its first clip. Keyed by
  // its contents, since a live query hands over a new array on every change of the table.
  const playlistKey = playlist.join('|');
  useEffect(() => {
    playlistRef.current = playlistKey ? playlistKey.split('|') : [];
    const player = playerRef.current;
    const first = playlistRef.current[0];
    if (!player || !loaded || first === undefined) return;
    indexRef.current = 0;
    failuresRef.current = 0;
    player.src({ src: first, type: typeOf(first) });
  }, [playlistKey, loaded]);

  useEffect(() => {
    const player = playerRef.current;
    if (!player || !loaded) return;
    if (playing) void player.play()?.catch(() => undefined);
    else player.pause();
  }, [playing, loaded, playlistKey]);

  return (
    <div
      ref={holderRef}
      className={visible ? 'attract-player attract-player--visible' : 'attract-player'}
    />
  );
}
