// A PDF's text comes from its fonts' ToUnicode maps, and a browser's "print to PDF" (Chromium,
// through Skia) writes, for a glyph that the font maps from two code points, the lower one.
// Noto CJK and other Chinese fonts draw a Kangxi radical (U+2F00–2FDF) or a CJK Radicals
// Supplement character (U+2E80–2EFF) with the same glyph as a common character, so 一, 人,
// 日, 月, 西, 页, 民 … come out as ⼀, ⼈, ⽇, ⽉, ⻄, ⻚, ⺠: text that looks right and matches
// nothing. Real reports never print a radical, so they are read as the character whose glyph
// they share. The pairs were found by printing every CJK Unified Ideograph to PDF in
// Chromium with Noto Sans and Serif CJK SC and reading it back with pdf.js.

// The Supplement has no Unicode decomposition to follow (two exceptions): every pair found.
const SUPPLEMENT_FROM =
  '⺂⺃⺅⺉⺎⺏⺐⺒⺓⺔⺕⺖⺘⺙⺛⺞⺟⺠⺡⺣⺤⺦⺨⺫⺭⺯⺰⺱⺹⺺⺾⻁⻂⻃⻅⻆⻈⻉⻋⻌⻐⻑⻒⻓⻔⻖⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻮⻯⻰⻱⻲⻳';
const SUPPLEMENT_TO =
  '乛乚亻刂兀尣尢巳幺彑彐忄扌攵旡歺母民氵灬爫丬犭罒礻糹纟罓耂肀艹虎衤覀见角讠贝车辶钅長镸长门阝青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐齿竜龙龜亀龟';

// Supplement characters that are themselves common characters, which other fonts and weights
// (a synthetic bold, written as a Type 3 font) map the same way (⻄ for 西 in Chromium's PDF of
// a bold title): Unicode's EquivalentUnifiedIdeograph.txt.
const EQUIVALENT_FROM = '⺁⺄⺆⺊⺌⺗⺜⺝⺢⺧⺩⺬⺶⺻⺼⻄⻊⻕⻗⻭';
const EQUIVALENT_TO = '厂乙冂卜小心日月氺牛王示羊聿肉西足阜雨歯';

// Kangxi radicals decompose (NFKC) to the ideograph, but for ⼾ the Chinese glyph is 户 (the
// decomposition gives the traditional 戶); and a few Extension A characters share a glyph
// with a common one (㬵 is drawn as 胶).
const EXTRA: Readonly<Record<string, string>> = {
  '⼾': '户',
  㫚: '曶',
  㬵: '胶',
  㬺: '幐',
  㮣: '槩',
};

const TABLE = new Map<string, string>(Object.entries(EXTRA));
for (const [from, to] of [
  [SUPPLEMENT_FROM, SUPPLEMENT_TO],
  [EQUIVALENT_FROM, EQUIVALENT_TO],
]) {
  const targets = [...(to as string)];
  [...(from as string)].forEach((ch, i) => TABLE.set(ch, targets[i] as string));
}

// Radicals, the few Extension A look-alikes, and the CJK Compatibility Ideographs (a Traditional
// Chinese or Japanese font maps 落 to U+F918 the same way), which are canonically equal to the
// unified ones.
const RANGES = '\\u2e80-\\u2fdf\\u3ada\\u3b35\\u3b3a\\u3ba3\\uf900-\\ufaff\\u{2f800}-\\u{2fa1f}';
const SUSPECT = new RegExp(`[${RANGES}]`, 'u');
const SUSPECTS = new RegExp(`[${RANGES}]`, 'gu');

/** Text with the radicals a PDF's ToUnicode map gave read as the characters they stand for. */
export function unifyRadicals(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(SUSPECTS, (ch) => {
    const mapped = TABLE.get(ch);
    if (mapped) return mapped;
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xf900) return ch.normalize('NFC');
    return code >= 0x2f00 ? ch.normalize('NFKC') : ch;
  });
}
