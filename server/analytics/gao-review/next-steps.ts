// GAO's suggested next step for each class (GAO-15-49SP, Part Two: identify, assess effects, evaluate, and
// choose options), in a sentence leadership can act on.

export const gaoSource =
  'GAO-15-49SP, Fragmentation, Overlap, and Duplication: An Evaluation and Management Guide (2015)';

export const nextSteps = {
  fragmentation:
    'Improve coordination: GAO suggests the departments agree on shared outcomes, share data and referrals, and consider a lead for the area, so that applicants meet one front door (GAO-15-49SP, step 4).',
  overlap:
    'Assess and compare: GAO suggests checking whether the differences in who is served or what is bought are intended, then aligning eligibility, applications and reporting across the programs (GAO-15-49SP, steps 2-3).',
  duplication:
    'Evaluate, then consider consolidating: GAO suggests confirming that the same activities reach the same people, comparing the programs’ results and costs, and consolidating, streamlining or ending the weaker one (GAO-15-49SP, steps 3-4).',
} as const;
