import { localToday } from '../dates/calendar-date.js';
import type { Store } from '../store/open.js';
import type { ApiContext } from './handler.js';

export function apiContext(store: Store): ApiContext {
  return { store, today: () => localToday() };
}
