// Text for the PDF standard fonts, which encode only WinAnsi (Windows-1252): characters outside it are
// replaced with a close equivalent (ā -> a, non-breaking hyphen -> -, ≤ -> <=) instead of crashing.

// Windows-1252 0x80-0x9F: the characters it has beyond Latin-1.
const CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/** True when the standard fonts can draw this code point. */
export function isWinAnsi(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff && codePoint !== 0xad) ||
    CP1252_EXTRAS.includes(String.fromCodePoint(codePoint))
  );
}

const REPLACEMENTS: Record<string, string> = {
  "\t": " ",
  "\u00ad": "", // soft hyphen: a hint for breaking, not a character to print
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2015": "\u2014",
  "\u2043": "-",
  "\u2212": "-",
  "\u201b": "'",
  "\u201f": '"',
  "\u2032": "'",
  "\u2033": '"',
  "\u02bc": "'",
  "\u02b9": "'",
  "\u2023": "\u2022",
  "\u25cf": "\u2022",
  "\u25aa": "\u2022",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "!=",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2713": "v",
  "\u2714": "v",
  "\u2717": "x",
  "\u2718": "x",
  "\u2116": "No.",
};

/**
 * Makes `text` drawable with Helvetica: keeps WinAnsi characters and line breaks (\n), maps known
 * look-alikes, strips accents the encoding lacks (NFKD without combining marks), drops invisible and
 * control characters and prints anything else as "?".
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.replace(/\r\n?/g, "\n")) {
    const code = char.codePointAt(0)!;
    if (char === "\n" || isWinAnsi(code)) {
      out += char;
    } else if (char in REPLACEMENTS) {
      out += REPLACEMENTS[char];
    } else if ((code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) {
      out += " ";
    } else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || /[\u200b-\u200f\u2060-\u2064\ufeff]/.test(char)) {
      // control and zero-width characters print nothing
    } else {
      const base = char.normalize("NFKD").replace(/\p{M}/gu, "");
      out += base && [...base].every((c) => isWinAnsi(c.codePointAt(0)!)) ? base : "?";
    }
  }
  return out;
}
