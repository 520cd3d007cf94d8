/** Jaccard similarity of two sets from their sizes and the size of their intersection, rounded to 4 places. */
export const jaccard = (shared: number, sizeA: number, sizeB: number): number => {
  const union = sizeA + sizeB - shared;
  return union === 0 ? 0 : Math.round((shared / union) * 10_000) / 10_000;
};
