/**
 * 禁则 (line-breaking prohibitions) applied on top of UAX #14. UAX #14 already keeps most closing marks
 * off a line start, but it treats “ ” ‘ ’ as ambiguous quotation and leaves some marks to tailoring; these
 * sets state the rule for Chinese text outright (GB/T 15834 标点符号用法, 4.x: these marks do not begin /
 * end a line).
 */
export const NO_LINE_START = new Set([
  ...'，。、；：？！）》」』】〕〗〙〛〉’”',
  ...'．·・…‥～〜ー々〃ゝゞヽヾ',
  ...'ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ',
  ...'，．：；？！）］｝｠％',
  ...',.;:?!)]}%',
]);

export const NO_LINE_END = new Set([...'（《「『【〔〖〘〚〈‘“', ...'（［｛｟', ...'([{']);

/**
 * Characters set on the ideographic em square: between two of these (or one of these and anything) a
 * justified line may add space. Curly quotes are full-width in Chinese text only (see FONT_FEATURES).
 */
export function isWide(codePoint: number, cjkQuotes: boolean): boolean {
  return (
    (codePoint >= 0x2e80 && codePoint <= 0x2fdf) || // radicals
    (codePoint >= 0x3000 && codePoint <= 0x303f) || // CJK symbols and punctuation
    (codePoint >= 0x3040 && codePoint <= 0x30ff) || // kana
    (codePoint >= 0x3100 && codePoint <= 0x312f) || // bopomofo
    (codePoint >= 0x3200 && codePoint <= 0x4dbf) || // enclosed, compatibility, extension A
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) || // unified ideographs
    (codePoint >= 0xf900 && codePoint <= 0xfaff) || // compatibility ideographs
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) || // compatibility forms
    (codePoint >= 0xff01 && codePoint <= 0xff60) || // fullwidth forms
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3ffff) || // extensions B–H
    (cjkQuotes && (codePoint === 0x201c || codePoint === 0x201d || codePoint === 0x2018 || codePoint === 0x2019))
  );
}
