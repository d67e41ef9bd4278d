import { z } from 'zod';

// Imported first by kiosk-sync-page.ts, before any schema exists: zod decides on its compiled
// fast path when a schema is built, and the kiosk's CSP (no eval) must not meet it in here.
z.config({ jitless: true });
