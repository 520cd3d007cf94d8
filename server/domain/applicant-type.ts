// Applicant types are free text in the data ("nonprofit", "Non-profit organization", "Nonprofits"): one key
// decides when two labels name the same type, for eligibility and for the finder's list of types.

const genericWords = /\b(organi[sz]ations?|orgs?|entit(y|ies))\b/g;

/** The comparable form of an applicant type: no case, punctuation, spaces, generic words or plural "s". */
export const applicantTypeKey = (label: string): string =>
  label
    .toLowerCase()
    .replace(genericWords, '')
    .replace(/[^a-z0-9]+/g, '')
    .replace(/sses$/, 'ss')
    .replace(/(?<=[a-z]{3}[^s])s$/, '');

export const sameApplicantType = (a: string, b: string): boolean => applicantTypeKey(a) === applicantTypeKey(b);

/** The distinct types among labels, each under its first spelling, sorted for a list to choose from. */
export const distinctApplicantTypes = (labels: Iterable<string>): string[] => {
  const byKey = new Map<string, string>();
  for (const label of labels) {
    const key = applicantTypeKey(label);
    if (key !== '' && !byKey.has(key)) byKey.set(key, label.trim());
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
};
