import { enrolRequestSchema } from '../../shared';
import { readMeta, writeMeta, type DeviceIdentity, type KioskDatabase } from '../db';
import type { KioskApi } from './api';
import { resetContent } from './applyPullPage';

const deviceLabel = 'Showroom kiosk';

/** Keeps the new identity; joining another store starts its content from scratch. */
async function saveIdentity(db: KioskDatabase, identity: DeviceIdentity): Promise<DeviceIdentity> {
  const previous = await readMeta(db, 'identity');
  if (previous && previous.storeId !== identity.storeId) await resetContent(db);
  await writeMeta(db, 'identity', identity);
  return identity;
}

/** Demo mode: the server hands out a one-time code for the demo store's kiosk (404 otherwise). */
export async function enrolAutomatically(
  db: KioskDatabase,
  api: KioskApi,
): Promise<DeviceIdentity> {
  const { code } = await api.demoEnrolment();
  return saveIdentity(db, await api.enrol(code, deviceLabel));
}

export class EnrolmentCodeError extends Error {
  constructor() {
    super('The enrolment code is not in the form ABCD-1234');
    this.name = 'EnrolmentCodeError';
  }
}

export async function enrolWithCode(
  db: KioskDatabase,
  api: KioskApi,
  code: string,
): Promise<DeviceIdentity> {
  const parsed = enrolRequestSchema.safeParse({ code });
  if (!parsed.success) throw new EnrolmentCodeError();
  return saveIdentity(db, await api.enrol(parsed.data.code.toUpperCase(), deviceLabel));
}
