// Axis ticks at even, round steps from 0 (1, 2, 2.5 or 5 times a power of ten), so a chart's axis reads as a
// ruler: a bar twice as long is twice the amount, and every step is labelled.

const steps = [1, 2, 2.5, 5, 10];

export const evenTicks = (max: number, most = 6): number[] => {
  if (!(max > 0)) return [0];
  const rough = max / (most - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (steps.find((candidate) => candidate * power >= rough) ?? 10) * power;
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, index) => index * step);
};
