/**
 * The text as the guard reads it: a word split to slip past a word list reads as the word again. Zero-width
 * characters are dropped anywhere ("b\u200bailiff"); spaces, dots, stars and dashes put between two Chinese
 * characters are dropped ("老 赖", "老.赖", "失\u3000信"); full-width Latin letters and digits are the ASCII ones
 * ("ＦＢＩ"). Line breaks stay (they end sentences), and so does punctuation that ends a sentence or a clause.
 * `original(i)` maps an offset of the normalised text back to the checked text, so that a finding points at
 * what the user wrote.
 */
export interface NormalizedText {
  text: string;
  original: (index: number) => number;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const HAN = /[\u4e00-\u9fff]/;
// Put between two Chinese characters, these split a word rather than sentences or clauses.
const INSERTED = /[ \t\u00a0\u3000.·•*_~-]/;
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
// Traditional characters common in collection wording (Cantonese and Taiwanese messages: 詐騙, 監, 錢), read as
// the simplified ones the lexicons are written in; one character for one, so offsets do not move.
const TRADITIONAL =
  '詐騙係嚟啲監們錢還債賬帳報貸條網單執訴訟罰費電話親屬號門樓幣銀戶個說會發貼問這麼時給從將對過來讓與進開關無沒後當應為點東兒媽爺學車馬頭傳閘氣燈騷擾嚇殺滅醫員處違規範強凍';
const SIMPLIFIED =
  '诈骗系来些监们钱还债账账报贷条网单执诉讼罚费电话亲属号门楼币银户个说会发贴问这么时给从将对过来让与进开关无没后当应为点东儿妈爷学车马头传闸气灯骚扰吓杀灭医员处违规范强冻';
const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL}]`, 'g');

export function normalizeForGuard(input: string): NormalizedText {
  const text0 = input
    .replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(TRADITIONAL_CHAR, (c) => SIMPLIFIED[TRADITIONAL.indexOf(c)]!);
  if (!needsWork(text0)) return { text: text0, original: (i) => i };
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < text0.length; i++) {
    const c = text0[i]!;
    if (ZERO_WIDTH.test(c)) continue;
    if (INSERTED.test(c) && HAN.test(out[out.length - 1] ?? '')) {
      // Dropped only when a Chinese character follows a short run (zero-width characters aside); an ellipsis
      // ("...") is a pause, not a split word.
      let j = i;
      while (j < text0.length && (INSERTED.test(text0[j]!) || ZERO_WIDTH.test(text0[j]!))) j++;
      const run = text0.slice(i, j);
      if (j < text0.length && HAN.test(text0[j]!) && run.length <= 2 && !run.includes('..')) {
        i = j - 1;
        continue;
      }
    }
    out += c;
    from.push(i);
  }
  from.push(text0.length);
  return { text: out, original: (i) => from[Math.max(0, Math.min(i, from.length - 1))]! };
}

function needsWork(text: string): boolean {
  return /[\u200b-\u200d\u2060\ufeff\u00ad]|[\u4e00-\u9fff][ \t\u00a0\u3000.·•*_~-]{1,3}[\u4e00-\u9fff]/.test(text);
}
