const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * File content as text. Exports saved by hand are mostly UTF-8 with a few lines pasted from Windows programs
 * (a curly apostrophe as the single byte 0x92); each line that is not valid UTF-8 is read as Windows-1252 so that
 * one such line does not turn the rest of the file into replacement characters.
 */
export const decodeText = (content: Buffer | string): string => {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  try {
    return utf8.decode(content).replace(/^\uFEFF/, '');
  } catch {
    const lines: string[] = [];
    let start = 0;
    while (start <= content.length) {
      const newline = content.indexOf(0x0a, start);
      const end = newline === -1 ? content.length : newline + 1;
      const line = content.subarray(start, end);
      try {
        lines.push(utf8.decode(line));
      } catch {
        lines.push(windows1252.decode(line));
      }
      if (newline === -1) break;
      start = end;
    }
    return lines.join('').replace(/^\uFEFF/, '');
  }
};
