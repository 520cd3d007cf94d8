// Who may apply, in a few classes both portals' wordings fall into ("Municipality", "Counties", "Cities;
// Townships", "Public Agency" are all local or public government), so two releases can be told to serve the
// same or clearly different applicants. A class the words do not settle ("Other Legal Entity", "All") leaves
// the question open: it never separates two releases.

export const applicantClasses = [
  'business',
  'nonprofit',
  'government',
  'school',
  'higher education',
  'individual',
  'tribe',
  'farm',
  'health provider',
  'workforce board',
] as const;
export type ApplicantClass = (typeof applicantClasses)[number];

const patterns: Array<[ApplicantClass, RegExp]> = [
  [
    'business',
    /business|employer|for-profit|for profit|compan|corporat|entrepreneur|manufactur|industry|develop(er|ers)\b|small business|contractor|site host/,
  ],
  ['nonprofit', /non-?profit|501\(c\)|community[- ]based|charit|foundation|faith|association|ngo/],
  [
    'government',
    /municipal|count(y|ies)|cit(y|ies)|township|borough|public agenc|government|council of gov|authorit|district(?! attorney)|state agenc|local agenc|commission|law enforcement|police|fire compan|\bems\b|planning/,
  ],
  ['school', /school|\blea\b|local education|k-12|education agenc|intermediate unit/],
  ['higher education', /college|universit|higher education|post-?secondary|institution of higher/],
  [
    'individual',
    /individual|resident|homeowner|student|person|family|families|survivor|consumer|veteran|driver|worker|teacher/,
  ],
  ['tribe', /tribal|tribe|native american/],
  ['farm', /farm|agricultur|producer|grower/],
  ['health provider', /hospital|clinic|health (care )?provider|health system|treatment provider|provider/],
  ['workforce board', /workforce (development )?board|\bwdb\b|workforce investment/],
];

const open = /\ball\b|other legal entit|any |eligible entit|^other$/;

export interface Applicants {
  classes: Set<ApplicantClass>;
  /** Some listed type falls in no class or says "any": the list does not rule anyone out. */
  open: boolean;
}

export const readApplicants = (listed: readonly string[]): Applicants => {
  const classes = new Set<ApplicantClass>();
  let isOpen = listed.length === 0;
  for (const entry of listed) {
    const text = entry.toLowerCase();
    let matched = false;
    for (const [name, pattern] of patterns)
      if (pattern.test(text)) {
        classes.add(name);
        matched = true;
      }
    if (!matched || open.test(text)) isOpen = true;
  }
  return { classes, open: isOpen };
};

export interface ApplicantComparison {
  shared: ApplicantClass[];
  /** Both lists are closed and have no class in common: clearly different applicants. */
  disjoint: boolean;
  /** Neither release names any applicant: nothing to compare. */
  unknown: boolean;
}

export const compareApplicants = (a: Applicants, b: Applicants): ApplicantComparison => {
  const shared: ApplicantClass[] = [];
  for (const name of applicantClasses) if (a.classes.has(name) && b.classes.has(name)) shared.push(name);
  const unknown = a.classes.size === 0 && b.classes.size === 0;
  return {
    shared,
    disjoint: shared.length === 0 && !a.open && !b.open && a.classes.size > 0 && b.classes.size > 0,
    unknown,
  };
};
