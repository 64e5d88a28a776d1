import { describe, expect, it } from 'vitest';
import { lateChargeOf, presetOf, presetsFor, shiftDecimal } from './late-charge-presets.js';

describe('late-charge presets', () => {
  it.each([
    ['5', -4, '0.0005'],
    ['0.0005', 4, '5'],
    ['6', -2, '0.06'],
    ['4.35', -2, '0.0435'],
    ['0.0435', 2, '4.35'],
    ['1.5', 0, '1.5'],
    ['30', -2, '0.3'],
    ['12.5', 1, '125'],
  ])('moves the point of %s by %i places: %s', (text, places, shifted) => {
    expect(shiftDecimal(text, places)).toBe(shifted);
  });

  it('leaves text that is not a number as typed, for core to refuse', () => {
    expect(shiftDecimal('五', -4)).toBe('五');
    expect(shiftDecimal('0.05%', -2)).toBe('0.05%');
  });

  it('maps each preset onto the case file and reads it back', () => {
    const none = { kind: 'none' } as const;
    expect(lateChargeOf({ preset: 'daily-5', figure: '' }, none)).toEqual({ kind: 'daily-rate', rate: '0.0005' });
    expect(lateChargeOf({ preset: 'daily', figure: '3' }, none)).toEqual({ kind: 'daily-rate', rate: '0.0003' });
    expect(lateChargeOf({ preset: 'lpr-1.5', figure: '' }, none)).toEqual({
      kind: 'lpr',
      multiplier: '1.5',
      basis: 365,
      mode: 'floating',
    });
    expect(lateChargeOf({ preset: 'annual', figure: '8' }, none)).toEqual({ kind: 'annual-rate', rate: '0.08', basis: 365 });
    expect(lateChargeOf({ preset: 'uk-statutory', figure: '' }, none)).toEqual({ kind: 'uk-statutory' });
    expect(presetOf({ kind: 'daily-rate', rate: '0.0005' })).toEqual({ preset: 'daily-5', figure: '' });
    expect(presetOf({ kind: 'daily-rate', rate: '0.0003' })).toEqual({ preset: 'daily', figure: '3' });
    expect(presetOf({ kind: 'annual-rate', rate: '0.09', basis: 365 })).toEqual({ preset: 'annual', figure: '9' });
  });

  it('keeps what a preset does not say from the terms it replaces', () => {
    const fixed = {
      kind: 'lpr',
      multiplier: '1.3',
      basis: 360,
      mode: 'fixed',
      fixedOn: '2024-01-01',
      nature: 'interest',
    } as const;
    expect(lateChargeOf({ preset: 'lpr-1.5', figure: '' }, fixed)).toEqual({ ...fixed, multiplier: '1.5' });
    expect(lateChargeOf({ preset: 'daily-5', figure: '' }, fixed)).toEqual({
      kind: 'daily-rate',
      rate: '0.0005',
      nature: 'interest',
    });
  });

  it('offers each law its own presets, and the one a case holds', () => {
    expect(presetsFor('en-US', 'none')).toEqual(['none', 'annual']);
    expect(presetsFor('en-GB', 'uk-statutory')[0]).toBe('uk-statutory');
    expect(presetsFor('zh-CN', 'uk-statutory')).toContain('uk-statutory');
  });
});
