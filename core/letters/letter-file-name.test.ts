import { describe, expect, it } from 'vitest';
import { letterFileName } from './letter-file-name.js';

describe('the name of a letter file', () => {
  it('is the date, the title and the addressee without its legal form', () => {
    expect(letterFileName('2026-11-30', '催款函', '无锡蓝天食品有限公司', 'pdf')).toBe('2026-11-30 催款函 无锡蓝天食品.pdf');
    expect(letterFileName('2026-11-30', '律师函', '杭州明禾建材股份有限公司', 'docx')).toBe(
      '2026-11-30 律师函 杭州明禾建材.docx',
    );
    expect(letterFileName('2026-11-30', 'Letter before claim', 'Harbour Lights Ltd', 'pdf')).toBe(
      '2026-11-30 Letter before claim Harbour Lights.pdf',
    );
    expect(letterFileName('2026-11-30', '催款函', '周立新', 'pdf')).toBe('2026-11-30 催款函 周立新.pdf');
  });

  it('has no character Windows or macOS refuses, and no trailing dot', () => {
    const name = letterFileName('2026-11-30', '催款函', 'A/B: "C" <D>|E*?\u0007 F.', 'pdf');
    expect(name).toBe('2026-11-30 催款函 A B C D E F.pdf');
    expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u);
  });

  it('keeps a trading name readable: t/a becomes ta, not two words', () => {
    expect(letterFileName('2026-11-30', 'Letter before claim', 'Daniel Okafor t/a Okafor Builders', 'pdf')).toBe(
      '2026-11-30 Letter before claim Daniel Okafor ta Okafor Builders.pdf',
    );
    expect(letterFileName('2026-11-30', 'Letter before claim', 'Grace Mensah c/o Okafor Builders', 'pdf')).toBe(
      '2026-11-30 Letter before claim Grace Mensah co Okafor Builders.pdf',
    );
  });

  it('is at most 120 bytes, cut at the addressee without breaking a character', () => {
    const name = letterFileName('2026-11-30', '催款函', '很'.repeat(200), 'pdf');
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120);
    expect(name).toMatch(/^2026-11-30 催款函 很+\.pdf$/);
  });

  it('keeps a name that is only a legal form as written', () => {
    expect(letterFileName('2026-11-30', '催款函', '有限公司', 'pdf')).toBe('2026-11-30 催款函 有限公司.pdf');
  });
});
