import { describe, expect, it } from 'vitest';
import { cnyWords } from './cny-words.js';
import { AmountInWordsError } from './errors.js';

describe('cnyWords', () => {
  // Each expectation is written out by hand from 《正确填写票据和结算凭证的基本规定》.
  it.each([
    ['1409.50', '壹仟肆佰零玖元伍角', 'inner zero → 零 (the rules’ own example)'],
    ['6007.14', '陆仟零柒元壹角肆分', 'run of zeros → one 零 (example)'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分', '角 zero, 分 not → 零 after 元 (example)'],
    ['325.04', '叁佰贰拾伍元零肆分', '角 zero, 分 not (example)'],
    ['1680.32', '壹仟陆佰捌拾元零叁角贰分', '元位 zero, 角 not → 零 after 元 (first form of the example)'],
    ['107000.53', '壹拾万柒仟元零伍角叁分', '万位 zero, 千位 not → no 零 after 万 (first form of the example)'],
    ['100000.00', '壹拾万元整', '壹拾 for leading tens, 整 after 元'],
    ['10', '壹拾元整', 'leading ten'],
    ['15.00', '壹拾伍元整', 'leading teen'],
    ['110', '壹佰壹拾元整', 'inner ten keeps 壹'],
    ['0.05', '伍分', 'cents only: no 元, no 零'],
    ['0.50', '伍角', 'jiao only, no 整 by default'],
    ['0.25', '贰角伍分', 'jiao and fen'],
    ['0.00', '零元整', 'zero is defined, not an error'],
    ['1', '壹元整', 'one yuan'],
    ['1000.00', '壹仟元整', 'trailing zeros vanish'],
    ['1001', '壹仟零壹元整', 'two inner zeros → one 零'],
    ['10000', '壹万元整', '万 boundary'],
    ['10001', '壹万零壹元整', 'zeros after 万 before 元'],
    ['9999.99', '玖仟玖佰玖拾玖元玖角玖分', 'just under 万'],
    ['100500', '壹拾万零伍佰元整', 'zeros straddling 万 → one 零'],
    ['1000500', '壹佰万零伍佰元整', 'zeros after 万 group'],
    ['100000000', '壹亿元整', '亿 boundary'],
    ['100010000', '壹亿零壹万元整', 'zeros between 亿 and 万'],
    ['100007000', '壹亿零柒仟元整', 'empty 万 group: one 零'],
    ['100100000', '壹亿零壹拾万元整', '壹拾 after 零 inside the number'],
    ['1200000000', '壹拾贰亿元整', 'leading ten before 亿'],
    ['999999999999.99', '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分', 'the top of the range'],
    ['1600.30', '壹仟陆佰元零叁角', '元位 zero, 角 not'],
    ['1600.02', '壹仟陆佰元零贰分', '元位 and 角 zero: one 零'],
  ])('%s → %s (%s)', (amount, words) => {
    expect(cnyWords(amount)).toBe(words);
  });

  it('writes 整 after 角 when asked', () => {
    expect(cnyWords('1409.50', { zhengAfterJiao: true })).toBe('壹仟肆佰零玖元伍角整');
    expect(cnyWords('0.50', { zhengAfterJiao: true })).toBe('伍角整');
    expect(cnyWords('6007.14', { zhengAfterJiao: true })).toBe('陆仟零柒元壹角肆分'); // never after 分
  });

  it.each([['-1'], ['1000000000000'], ['0.001'], ['abc']])('rejects %s', (amount) => {
    expect(() => cnyWords(amount)).toThrow(AmountInWordsError);
  });
});
