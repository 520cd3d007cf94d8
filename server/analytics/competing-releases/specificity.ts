// How much sharing an objective says about two releases: an objective that many of the map's releases target
// (a portal category's catch-all, "Community and economic development (general)") says little; one that few
// target says a lot. Inverse document frequency, smoothed by a prior of `prior` releases that target nothing
// in common, so a small map (a dozen releases, most on one objective) does not call everything broad.

export const specificityPrior = 50;

export interface ObjectiveFrequencies {
  /** Releases on the map. */
  releases: number;
  /** Releases targeting each objective. */
  targeting: Map<string, number>;
}

/** 0 (every release targets it) to 1 (one release alone), rounded to 4 places. */
export const objectiveSpecificity = ({ releases, targeting }: ObjectiveFrequencies, objectiveId: string): number => {
  const total = releases + specificityPrior;
  const frequency = Math.max(1, targeting.get(objectiveId) ?? 1);
  return Math.round(Math.max(0, Math.log(total / frequency) / Math.log(total)) * 10_000) / 10_000;
};

export interface ObjectiveEvidence {
  /** The most specific objective the two share (0 when they share none). */
  specificity: number;
  /** Cosine of the two objective sets weighted by specificity: how much of what each targets is shared. */
  overlap: number;
}

/** Specificity by objective, worked out once per objective rather than once per pair. */
export const specificityOf = (frequencies: ObjectiveFrequencies): ((objectiveId: string) => number) => {
  const known = new Map<string, number>();
  return (objectiveId) => {
    let found = known.get(objectiveId);
    if (found === undefined) {
      found = objectiveSpecificity(frequencies, objectiveId);
      known.set(objectiveId, found);
    }
    return found;
  };
};

export const objectiveEvidence = (
  weight: (objectiveId: string) => number,
  a: readonly string[],
  b: readonly string[],
): ObjectiveEvidence => {
  const inB = new Set(b);
  let shared = 0;
  let best = 0;
  let normA = 0;
  for (const id of a) {
    const w = weight(id);
    normA += w * w;
    if (inB.has(id)) {
      shared += w * w;
      best = Math.max(best, w);
    }
  }
  const normB = b.reduce((sum, id) => sum + weight(id) ** 2, 0);
  const overlap = normA === 0 || normB === 0 ? 0 : shared / Math.sqrt(normA * normB);
  return { specificity: best, overlap: Math.round(overlap * 10_000) / 10_000 };
};
