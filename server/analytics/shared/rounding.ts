/** Ratios and scores are shown to 4 decimal places: enough to compare, stable in tests. */
export const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
