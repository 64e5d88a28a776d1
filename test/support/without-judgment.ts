import { changeCase } from '../../core/store/edit-case.js';
import type { Store } from '../../core/store/open.js';

/**
 * Takes the judgment out of a stored case: a case whose debt is not yet decided, for tests of the demand letters
 * of the app's today (no 催款函 or 律师函 is made once a judgment is in force, 民事诉讼法 第247条).
 */
export function withoutJudgment(store: Store, id: number): void {
  changeCase(store, id, (raw) => {
    delete (raw.filing as Record<string, unknown> | undefined)?.judgment;
  });
}
