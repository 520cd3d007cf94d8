import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** What a person judged a pair to be; `unrelated` is for pairs with nothing meaningful in common. */
export const judgedLevels = ['competing', 'similar', 'incidental', 'unrelated'] as const;
export type JudgedLevel = (typeof judgedLevels)[number];

export const judgedSources = ['pa-portal', 'ca-portal'] as const;
export type JudgedSource = (typeof judgedSources)[number];

/** `dev`: the pairs the analytic is tuned on; `holdout`: a random sample judged apart, only ever reported. */
export const judgedSplits = ['dev', 'holdout'] as const;
export type JudgedSplit = (typeof judgedSplits)[number];
const judgedPair = z
  .object({
    source: z.enum(judgedSources),
    a: z.string().min(1),
    b: z.string().min(1),
    a_title: z.string(),
    b_title: z.string(),
    level: z.enum(judgedLevels),
    reason: z.string().min(1),
    split: z.enum(judgedSplits),
  })
  .strict()
  .refine((pair) => pair.a < pair.b, { message: 'ids must be sorted, a < b' });

export const judgedSet = z
  .object({ definitions: z.string(), pairs: z.array(judgedPair) })
  .strict()
  .superRefine(({ pairs }, context) => {
    const seen = new Set<string>();
    pairs.forEach((pair, index) => {
      const key = pairKey(pair.a, pair.b);
      if (seen.has(key)) context.addIssue({ code: 'custom', path: ['pairs', index], message: `${key} repeats` });
      seen.add(key);
    });
  });

export type JudgedPair = z.infer<typeof judgedPair>;

/** One key per unordered pair, whichever way round the analytic lists it. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

export const readJudgedSet = (file: string): JudgedPair[] => {
  const parsed = judgedSet.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return parsed.data.pairs;
};
