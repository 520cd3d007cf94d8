// What kind of work a release pays for, as its title says it: planning, building, buying land, staff positions,
// training or operations. Two releases whose titles each name a kind, none in common, fund different
// activities ("Community Recreation and Conservation Planning" against "Land Acquisition and Conservation"; a
// planning grant against a construction grant of one program): similar at most. A title that names no kind
// never separates. Only titles are read: descriptions list every use a program allows.

export const activityKinds = [
  'planning',
  'construction',
  'land acquisition',
  'staff',
  'training',
  'operations',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

const patterns: Array<[ActivityKind, RegExp]> = [
  ['planning', /\b(plan|plans|planning|feasibility|study|studies|design)\b/],
  [
    'construction',
    /\b(construction|capital|infrastructure|rehabilitation|implementation|onsite|on-site|build|building)\b/,
  ],
  ['land acquisition', /\b(acquisition|acquire)\b/],
  [
    'staff',
    /\b(engineer|engineers|technician|technicians|specialist|specialists|coordinator|coordinators|staff|positions?)\b/,
  ],
  ['training', /\b(training|apprenticeships?|pre-apprenticeships?|curriculum)\b/],
  ['operations', /\b(operating|operations)\b/],
];

/** The kinds of activity a title names (bracketed acronyms left out). */
export const readActivityKinds = (title: string): Set<ActivityKind> => {
  const text = title.replace(/\([^)]*\)/g, ' ').toLowerCase();
  const kinds = new Set<ActivityKind>();
  for (const [kind, pattern] of patterns) if (pattern.test(text)) kinds.add(kind);
  return kinds;
};

export interface ActivityComparison {
  shared: ActivityKind[];
  /** Both titles name a kind of activity and none is shared: different activities. */
  different: boolean;
}

export const compareActivityKinds = (
  a: ReadonlySet<ActivityKind>,
  b: ReadonlySet<ActivityKind>,
): ActivityComparison => {
  const shared = activityKinds.filter((kind) => a.has(kind) && b.has(kind));
  return { shared, different: a.size > 0 && b.size > 0 && shared.length === 0 };
};
