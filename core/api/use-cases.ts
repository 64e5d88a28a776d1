import { handlers } from './handlers.js';
import { localHandlers } from './local-handlers.js';

/**
 * Every use case of CasePack, one implementation each: the app's API (`handlers`, reached over Electron IPC
 * and the web bridge) and the in-process ones that take paths on this machine (`localHandlers`). Each lives
 * in one feature module (`core/api/*-handlers.ts`); the CLI imports the module its command needs and runs
 * the entry with `runUseCase`.
 */
export const useCases = { ...handlers, ...localHandlers };
export type UseCaseName = keyof typeof useCases;
