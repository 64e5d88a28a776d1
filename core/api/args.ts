import { z } from 'zod';

/** A stored case's id, as every use case on one case takes it. */
export const caseId = z.number({ error: 'expected a case id' }).int().positive();

/** A path on this machine, named by the person at it (local use cases only). */
export const path = z.string().min(1);
