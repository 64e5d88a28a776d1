import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNegatedByWriter } from './negation.js';
import { checkWording } from './check-wording.js';
import { learn, predict } from './model-learn.js';
import { MODEL_FILE } from './model.js';
import { storedModelText, trainGuardModel } from './model-train.js';

const CORPUS = join(import.meta.dirname, '../../test/compliance-corpus');

describe('the learnt layer of the wording guard', () => {
  it('ships the weights that npm run train:guard writes from the corpus', { timeout: 300_000 }, () => {
    const trained = storedModelText(trainGuardModel(CORPUS, join(import.meta.dirname, '../../templates')));
    const shipped = readFileSync(MODEL_FILE, 'utf8');
    expect(trained.length).toBe(shipped.length);
    expect(trained === shipped).toBe(true);
    // The held-out round stays unseen.
    expect((JSON.parse(shipped) as { rounds: string[] }).rounds).not.toContain('holdout5');
  });

  it('learns a rule it was not told, and gives the same weights from the same examples', () => {
    const examples = [
      ...['x1', 'x2', 'x3', 'x4'].map((f) => ({ features: ['night', f], label: 'harassment' })),
      ...['x1', 'x2', 'x3', 'x4'].map((f) => ({ features: ['day', f], label: 'ok' })),
    ];
    const model = learn(examples, ['ok', 'harassment']);
    const [okAtNight, harassmentAtNight] = predict(model, ['night', 'x9']).probs;
    expect(harassmentAtNight).toBeGreaterThan(0.8);
    expect(okAtNight).toBeLessThan(0.2);
    expect(predict(model, ['day']).probs[0]).toBeGreaterThan(0.8);
    expect([...learn(examples, ['ok', 'harassment']).weights.get('night')!]).toEqual([...model.weights.get('night')!]);
  });

  it('finds a threat the rules do not, naming the category, "model" and its features, at the sentence', () => {
    const text = '王先生：\n你家在那栋楼的十二层，窗户朝南。';
    const ruled = checkWording(text, {}, { learnt: false }).filter((f) => f.severity === 'error');
    expect(ruled).toEqual([]);
    const [finding, ...rest] = checkWording(text).filter((f) => f.severity === 'error');
    expect(rest).toEqual([]);
    expect(finding!.category).toBe('threat');
    expect(finding!.ruleId).toMatch(/^model:[a-z0-9]+:[^+]+(\+[a-z0-9]+:[^+]+){0,2}$/);
    expect(finding!.sentence).toEqual({ text: '你家在那栋楼的十二层，窗户朝南', start: 5 });
    expect(finding!.line).toBe(2);
    expect(text.slice(finding!.index, finding!.index + finding!.words.length)).toBe(finding!.words);
    expect(finding!.source).not.toBe('');
  });

  it('is cleared by a negation and by the facts that make a claim true, as a rule is', () => {
    expect(checkWording('我们不会打听你儿子在哪里读书。').filter((f) => f.severity === 'error')).toEqual([]);
    expect(
      checkWording('我们已经起诉你了。', { proceedings: { suitFiled: true } }).filter((f) => f.severity === 'error'),
    ).toEqual([]);
  });

  it.each([
    ['We will not discuss this with your partner.', 'discuss', true],
    ['Names of owners in arrears are never displayed on notice boards.', 'displayed', true],
    ['我司不会联系您的家人。', '联系', true],
    ['请勿将款项支付至任何个人账户。', '支付', true],
    ["You're not leaving this room until you sign.", 'leaving', false],
    ['你今天别想走出这个门。', '走出', false],
    ['你不要以为躲起来就找不到你。', '找不到', false],
    ['You are not leaving until you pay.', 'leaving', false],
  ])("clears a model finding under the writer's negation only: %s", (text, word, cleared) => {
    expect(isNegatedByWriter(text, text.indexOf(word))).toBe(cleared);
  });
});
