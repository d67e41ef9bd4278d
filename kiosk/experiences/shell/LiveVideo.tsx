import { useEffect, useRef } from 'react';

/** A muted, mirrored <video> showing a camera stream (the customer's own picture). */
export function LiveVideo({ stream, className }: { stream: MediaStream; className?: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    void video.play().catch(() => undefined);
    return () => {
      video.srcObject = null;
    };
  }, [stream]);
  return <video ref={ref} className={className} muted playsInline autoPlay aria-hidden="true" />;
}
