/** A short fingerprint of a set of ids (FNV-1a over the sorted ids): changes whenever the set does. */
export const hashIds = (ids: Iterable<string>): string => {
  let hash = 0x811c9dc5;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i += 1) {
      hash ^= id.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x2c;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
};
