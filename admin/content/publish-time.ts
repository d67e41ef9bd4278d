/** Stores keep China time all year (UTC+8); a chosen publish time is read in it. */
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

/** `<input type="datetime-local">` value (YYYY-MM-DDTHH:mm) in Asia/Shanghai to epoch ms. */
export function shanghaiLocalToEpochMs(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCHours() !== hour) return null;
  return utc - shanghaiOffsetMs;
}

/** The other way, for the input's default and minimum. */
export function epochMsToShanghaiLocal(epochMs: number): string {
  return new Date(epochMs + shanghaiOffsetMs).toISOString().slice(0, 16);
}
