// Sets of ids as bit arrays over one numbering, so the review can test two programs' objectives, scopes, people
// and activities for a common element in a few word operations: the pair loop runs millions of times on a
// 50-state map (docs/performance.md).

export type Bits = Uint32Array;

export class BitIndex {
  private readonly index = new Map<string, number>();

  /** Numbers the ids in sorted order, so the lowest shared bit is the first shared id. */
  constructor(ids: Iterable<string>) {
    [...new Set(ids)].sort().forEach((id, position) => this.index.set(id, position));
  }

  bits(ids: Iterable<string>): Bits {
    const words = new Uint32Array(Math.ceil(this.index.size / 32) || 1);
    for (const id of ids) {
      const position = this.index.get(id);
      if (position !== undefined) words[position >>> 5]! |= 1 << (position & 31);
    }
    return words;
  }
}

export const intersects = (a: Bits, b: Bits): boolean => {
  for (let word = 0; word < a.length; word++) if ((a[word]! & b[word]!) !== 0) return true;
  return false;
};

/** The position of the lowest bit set in both, or -1. */
export const firstCommon = (a: Bits, b: Bits): number => {
  for (let word = 0; word < a.length; word++) {
    const both = a[word]! & b[word]!;
    if (both !== 0) return word * 32 + (31 - Math.clz32(both & -both));
  }
  return -1;
};
