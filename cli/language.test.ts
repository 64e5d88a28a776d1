import { describe, expect, it } from 'vitest';
import { cliLanguage, outputLanguage } from './language.js';

describe('the language a command answers in', () => {
  it('takes --lang first, then the case, then the system', () => {
    expect(outputLanguage('en', 'zh-CN', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(outputLanguage(undefined, 'zh-CN', { LANG: 'en_GB.UTF-8' })).toBe('zh');
    expect(outputLanguage(undefined, 'en-GB', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(outputLanguage(undefined, undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(outputLanguage(undefined, undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
  });

  it('reads the system locale in POSIX order, an empty variable counting as unset', () => {
    expect(outputLanguage(undefined, undefined, { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(outputLanguage(undefined, undefined, { LC_ALL: '', LC_MESSAGES: 'en_GB', LANG: 'zh_CN' })).toBe('en');
    expect(outputLanguage(undefined, undefined, { LC_ALL: 'C', LANG: 'zh_CN' })).toBe('en');
  });

  it('reads --lang from raw arguments before the system, ignoring a language it does not know', () => {
    expect(cliLanguage(['node', 'casepack', 'lint', 'x.txt', '--lang', 'zh'], { LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(cliLanguage(['node', 'casepack', '--lang=en'], { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLanguage(['node', 'casepack', '--lang', 'fr'], { LANG: 'zh_CN.UTF-8' })).toBe('zh');
  });
});
