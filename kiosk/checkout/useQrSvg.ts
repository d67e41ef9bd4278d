import { toString as qrToSvg } from 'qrcode';
import { useEffect, useState } from 'react';

/** The QR code of `text` as SVG markup (made on the device: no network needed). */
export function useQrSvg(text: string): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    qrToSvg(text, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
      color: { dark: '#06223f', light: '#ffffff' },
    })
      .then((markup) => {
        if (current) setSvg(markup);
      })
      .catch(() => {
        if (current) setSvg(null);
      });
    return () => {
      current = false;
    };
  }, [text]);
  return svg;
}
