import { useEffect } from 'react';
import { useSessionSelector } from '../session/SessionContext';
import { selectAccess } from '../session/selectors';

/**
 * The customer's accessibility choices as classes on <html>: large text scales the root font
 * size (every size in the kiosk is in rem), high contrast swaps the colour tokens.
 */
export function useAccessOptions(): void {
  const { highContrast, largeText } = useSessionSelector(selectAccess);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('access-contrast', highContrast);
    root.classList.toggle('access-large-text', largeText);
  }, [highContrast, largeText]);
}
