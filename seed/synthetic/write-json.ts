import { closeSync, openSync, writeSync } from 'node:fs';
import { entityNames } from '../../server/domain/catalog.js';
import type { Bundle } from './bundle.js';

// Writes a bundle as braid/1 JSON one row at a time, flushing every megabyte, so a 50-state map never
// becomes one giant string in memory.

const FLUSH_AT = 1 << 20;

export const writeBundleJson = (bundle: Bundle, file: string): void => {
  const fd = openSync(file, 'w');
  let buffer = '';
  const write = (text: string): void => {
    buffer += text;
    if (buffer.length >= FLUSH_AT) {
      writeSync(fd, buffer);
      buffer = '';
    }
  };
  try {
    write(`{"format":${JSON.stringify(bundle.format)}`);
    for (const name of entityNames) {
      write(`,\n${JSON.stringify(name)}:[`);
      bundle[name].forEach((row, index) => write(`${index === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`));
      write('\n]');
    }
    write('}\n');
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
};
