import { z } from 'zod';
import { CASE_SHELVES } from '../store/shelve-case.js';

/** A stored case's id, as every use case on one case takes it. */
export const caseId = z.number({ error: 'expected a case id' }).int().positive();

/** Which cases a list shows. */
export const caseShelf = z.enum(CASE_SHELVES);

/** A path on this machine, named by the person at it (local use cases only). */
export const path = z.string().min(1);
