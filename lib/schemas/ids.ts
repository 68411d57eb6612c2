import { z } from "zod";

// The shapes of what pages bind to server actions. Anyone can call an action with any arguments, so each bound
// argument is parsed with one of these before it reaches a use case: an object (a database filter such as
// `{ in: [...] }`) or a number where an id belongs is refused, never passed on to a query.

/** A record id as the database makes them (cuid: lower-case letters and digits). */
export const recordId = z.string().regex(/^[a-z0-9]{20,40}$/);

/** The version of a record that the person was looking at. */
export const recordVersion = z.number().int().min(0).max(2_147_483_647);

/** A single-use link's secret (base64url). */
export const linkToken = z.string().regex(/^[A-Za-z0-9_-]{20,128}$/);

/** A list of record ids a page showed (the criteria of a score sheet, the conditions of a response). */
export const recordIds = z.array(recordId).max(1000);

/** The points of a scoring scale a page showed. */
export const scalePoints = z.array(z.number().int().min(-1000).max(1000)).min(2).max(101);

/** A path within this service to return to after a save. */
export const returnPath = z.string().max(2000);
