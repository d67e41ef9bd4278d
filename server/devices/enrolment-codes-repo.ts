import type { Db } from '../db/schema';

export async function insertEnrolmentCode(
  db: Db,
  code: {
    code: string;
    storeId: string;
    createdBy: string | null;
    createdAt: number;
    expiresAt: number;
  },
): Promise<void> {
  await db
    .insertInto('enrolment_codes')
    .values({
      code: code.code,
      store_id: code.storeId,
      created_by: code.createdBy,
      created_at: code.createdAt,
      expires_at: code.expiresAt,
      used_at: null,
      device_id: null,
    })
    .execute();
}

export async function findEnrolmentCode(db: Db, code: string) {
  return db
    .selectFrom('enrolment_codes')
    .select(['code', 'store_id', 'expires_at', 'used_at'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/**
 * Marks the code used by `deviceId`, only if nobody did first: the conditional update is what
 * makes a code work once, even when two kiosks race on two server processes.
 */
export async function claimEnrolmentCode(
  db: Db,
  claim: { code: string; deviceId: string; now: number },
): Promise<boolean> {
  const result = await db
    .updateTable('enrolment_codes')
    .set({ used_at: claim.now, device_id: claim.deviceId })
    .where('code', '=', claim.code)
    .where('used_at', 'is', null)
    .where('expires_at', '>', claim.now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
