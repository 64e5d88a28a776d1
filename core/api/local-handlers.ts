import { batchHandlers } from './batch-handlers.js';
import { batchLettersHandlers } from './batch-letters-handlers.js';
import { rateFileHandlers } from './rate-file-handlers.js';
import { storeFileHandlers } from './store-file-handlers.js';

/**
 * The use cases that run in-process only, because they read or write files named by the person at this
 * machine. The CLI imports the one feature module a command needs (start-up stays small); this merged table
 * is for `useCases` and its tests.
 */
export const localHandlers = { ...storeFileHandlers, ...batchHandlers, ...batchLettersHandlers, ...rateFileHandlers };
