import { useEffect, useState } from 'react';

export type CameraStatus = 'off' | 'starting' | 'live' | 'denied' | 'absent';

export interface Camera {
  stream: MediaStream | null;
  status: CameraStatus;
}

function statusOfError(error: unknown): CameraStatus {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'absent';
}

/**
 * The kiosk's front camera while `wanted`: a denial or a kiosk without a camera is a status,
 * never an error on screen. Every track stops when the simulation closes (or the session
 * ends), so the camera light never stays on for the next customer.
 */
export function useCamera(wanted: boolean): Camera {
  const [camera, setCamera] = useState<Camera>({ stream: null, status: 'off' });

  useEffect(() => {
    if (!wanted) {
      setCamera({ stream: null, status: 'off' });
      return undefined;
    }
    const getUserMedia = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);
    if (!getUserMedia) {
      setCamera({ stream: null, status: 'absent' });
      return undefined;
    }
    let stopped = false;
    let stream: MediaStream | null = null;
    setCamera({ stream: null, status: 'starting' });
    getUserMedia({
      video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } },
      audio: false,
    })
      .then((granted) => {
        if (stopped) {
          for (const track of granted.getTracks()) track.stop();
          return;
        }
        stream = granted;
        setCamera({ stream: granted, status: 'live' });
      })
      .catch((error: unknown) => {
        if (!stopped) setCamera({ stream: null, status: statusOfError(error) });
      });
    return () => {
      stopped = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [wanted]);

  return camera;
}
