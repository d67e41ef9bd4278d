/**
 * How far the phone's picture runs behind the broadcast, in seconds, when both play the same
 * looping clip: the broadcast's position minus the phone's, around the loop.
 */
export function measuredDelay(broadcastTime: number, phoneTime: number, duration: number): number {
  if (!(duration > 0)) return Math.max(0, broadcastTime - phoneTime);
  const behind = (broadcastTime - phoneTime) % duration;
  return behind < 0 ? behind + duration : behind;
}

/** Where the phone should be to run `delaySeconds` behind the broadcast. */
export function delayedPosition(broadcastTime: number, delaySeconds: number, duration: number) {
  if (!(duration > 0)) return Math.max(0, broadcastTime - delaySeconds);
  const position = (broadcastTime - delaySeconds) % duration;
  return position < 0 ? position + duration : position;
}
