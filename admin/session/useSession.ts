import { useCallback, useEffect, useState } from 'react';
import type { LoginRequest, User } from '../../shared';
import type { ApiError } from '../api/api-error';
import { currentSession, signIn, signOut } from '../api/auth';

/** Why the login screen is showing; it decides the notice above the form. */
export type SignedOutReason = 'signedOut' | 'expired' | 'unreachable';

export type Session =
  | { status: 'checking' }
  | { status: 'signedOut'; reason: SignedOutReason }
  | { status: 'signedIn'; user: User; expiresAt: number };

export interface SessionControls {
  session: Session;
  /** Resolves to null on success, or the error to show beside the form. */
  signIn: (credentials: LoginRequest) => Promise<ApiError | null>;
  signOut: () => Promise<void>;
  /** Any call that met a 401 sends the person back to the login screen. */
  expire: () => void;
  /** Ask the server again who is signed in (after it could not be reached). */
  recheck: () => void;
}

export function useSession(): SessionControls {
  const [session, setSession] = useState<Session>({ status: 'checking' });

  const [checkCount, setCheckCount] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    void currentSession(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) {
        const { user, expiresAt } = result.value;
        setSession({ status: 'signedIn', user, expiresAt });
        return;
      }
      const reason = result.error.kind === 'unauthorized' ? 'signedOut' : 'unreachable';
      setSession({ status: 'signedOut', reason });
    });
    return () => controller.abort();
  }, [checkCount]);

  const recheck = useCallback(() => setCheckCount((count) => count + 1), []);

  const signInWith = useCallback(async (credentials: LoginRequest) => {
    const result = await signIn(credentials);
    if (!result.ok) return result.error;
    const { user, expiresAt } = result.value;
    setSession({ status: 'signedIn', user, expiresAt });
    return null;
  }, []);

  const signOutNow = useCallback(async () => {
    // The cookie may already be gone; the person is signed out on this screen either way.
    await signOut();
    setSession({ status: 'signedOut', reason: 'signedOut' });
  }, []);

  const expire = useCallback(() => setSession({ status: 'signedOut', reason: 'expired' }), []);

  return { session, signIn: signInWith, signOut: signOutNow, expire, recheck };
}
