import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DEFAULTS } from '../../core/batch-import/sample-batch.js';
import { openStore } from '../../core/store/open.js';
import { runCli } from '../support/cli.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const MB = 1024 * 1024;

const ZEROS = Buffer.alloc(MB);
/** One megabyte of zeros as non-final deflate blocks: repeated, they inflate to as many megabytes. */
const DEFLATED_MB = deflateRawSync(ZEROS, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

/** `bytes` zeros, deflated, with their CRC-32: a 300 MB entry costs 300 KB and no time. */
function deflatedZeros(bytes: number): { data: Buffer; crc: number } {
  const whole = Math.floor(bytes / MB);
  const rest = ZEROS.subarray(0, bytes % MB);
  let crc = 0;
  for (let i = 0; i < whole; i++) crc = crc32(ZEROS, crc);
  crc = crc32(rest, crc);
  const tail = rest.length ? deflateRawSync(rest, { finishFlush: constants.Z_FULL_FLUSH }) : Buffer.alloc(0);
  return { data: Buffer.concat([...Array<Buffer>(whole).fill(DEFLATED_MB), tail, FINAL_EMPTY_BLOCK]), crc: crc >>> 0 };
}

/** A ZIP archive of entries of zeros, with `name` and size each. */
function zipOf(entries: Array<[name: string, bytes: number]>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, size] of entries) {
    const { data, crc } = deflatedZeros(size);
    const fileName = Buffer.from(name);
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt16LE(0x21, at + 8); // 1980-01-01
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt32LE(size, at + 18);
      header.writeUInt16LE(fileName.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Rewrites every size the archive declares for its entries (local headers and central directory) to `size`. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const bytes = Buffer.from(zip);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const signature = bytes.readUInt32LE(i);
    if (signature === 0x04034b50) bytes.writeUInt32LE(size, i + 22);
    if (signature === 0x02014b50) bytes.writeUInt32LE(size, i + 24);
  }
  return bytes;
}

const WORKBOOK_PARTS: Array<[string, number]> = [
  ['[Content_Types].xml', 200],
  ['xl/workbook.xml', 200],
];

function importXlsx(name: string, bytes: Uint8Array) {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const defaults = join(dir, 'defaults.json');
  writeFileSync(defaults, JSON.stringify(SAMPLE_DEFAULTS));
  const db = join(dir, 'casepack.db');
  const result = runCli(['import', file, '--db', db, '--defaults', defaults]);
  const lines = result.stderr.trim().split('\n');
  const store = existsSync(db) ? openStore(db) : undefined;
  const cases = store ? (store.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n : 0;
  store?.close();
  return { ...result, lines, cases };
}

describe('archive bombs given to `casepack import`', () => {
  it('refuses an XLSX whose sheet would unpack to 300 MB, before the spreadsheet reader sees it', () => {
    const bomb = zipOf([...WORKBOOK_PARTS, ['xl/worksheets/sheet1.xml', 300 * MB]]);
    expect(bomb.length).toBeLessThan(2 * MB);
    const result = importXlsx('逾期名单.xlsx', bomb);
    expect(result.status).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toContain('逾期名单.xlsx');
    expect(result.lines[0]).toMatch(/more than 256 MB once unpacked/);
    expect(result.stdout).toBe('');
    expect(result.cases).toBe(0);
  });

  it('refuses an XLSX of 20,000 tiny parts', () => {
    const parts = Array.from({ length: 20_000 }, (_, i): [string, number] => [`xl/media/p${i}.bin`, 1]);
    const result = importXlsx('many-parts.xlsx', zipOf([...WORKBOOK_PARTS, ...parts]));
    expect(result.status).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/many-parts\.xlsx.*more than 10000 files inside/);
    expect(result.cases).toBe(0);
  });

  it('gives one line, not a crash, for an XLSX that declares its sheet tiny but holds 300 MB', () => {
    const liar = lieAboutSizes(zipOf([...WORKBOOK_PARTS, ['xl/worksheets/sheet1.xml', 300 * MB]]), 100);
    const result = importXlsx('liar.xlsx', liar);
    expect(result.status).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/liar\.xlsx: (refused|not a readable)/);
    expect(result.stderr).not.toMatch(/\n\s+at |node_modules|Error|offset|bounds/);
    expect(result.cases).toBe(0);
  });
});
