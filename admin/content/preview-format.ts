/** Data allowance as the kiosk prints it: 500 MB, 1 GB, 1.5 GB. */
export function dataAmount(mb: number): string {
  return mb >= 1024 ? `${Math.round((mb / 1024) * 10) / 10} GB` : `${mb} MB`;
}
