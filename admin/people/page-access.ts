import type { Role } from '../../shared';

/** HQ and store managers manage people (a manager: the clerks of their store); clerks do not. */
export const canSeePeople = (role: Role): boolean => role !== 'clerk';

/** Content is published for every store at once: HQ's alone. */
export const canEditContent = (role: Role): boolean => role === 'hq';
