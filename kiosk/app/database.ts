import { KioskDatabase } from '../db';

/** The kiosk app's database. Code that can be tested takes a KioskDatabase as a parameter. */
export const database = new KioskDatabase();
