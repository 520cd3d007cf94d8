const utf8 = new TextDecoder('utf-8', { fatal: true });

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, the euro sign). Node's TextDecoder
// treats the "windows-1252" label as Latin-1, so those 32 bytes are mapped here.
const windows1252High =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const decodeWindows1252 = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) =>
    byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80]! : String.fromCharCode(byte),
  ).join('');

/**
 * File content as text. Exports saved by hand are mostly UTF-8 with a few lines pasted from Windows programs
 * (a curly apostrophe as the single byte 0x92); each line that is not valid UTF-8 is read as Windows-1252 so that
 * one such line does not turn into replacement characters.
 */
export const decodeText = (content: Buffer | string): string => {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  try {
    return utf8.decode(content).replace(/^\uFEFF/, '');
  } catch {
    const lines: string[] = [];
    let start = 0;
    while (start < content.length) {
      const newline = content.indexOf(0x0a, start);
      const end = newline === -1 ? content.length : newline + 1;
      const line = content.subarray(start, end);
      try {
        lines.push(utf8.decode(line));
      } catch {
        lines.push(decodeWindows1252(line));
      }
      start = end;
    }
    return lines.join('').replace(/^\uFEFF/, '');
  }
};
