import { sameApplicantType } from '../../domain/applicant-type.js';

// Scopes (the sectors or regions a stream, release or partnership is limited to), as defined in the issue and
// docs/analytics.md: an empty scope means "any" (every sector; statewide).

/** Two scopes intersect when either is empty or they share an element. */
export const scopesIntersect = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === 0 || b.length === 0 || a.some((id) => b.includes(id));

/** A scope covers an id when it is empty or lists it. */
export const scopeCovers = (scope: readonly string[], id: string | null): boolean =>
  scope.length === 0 || (id !== null && scope.includes(id));

/** Eligible applicants, if listed, must include the applicant type (compared as applicantTypeKey compares labels). */
export const applicantAllowed = (listed: readonly string[], type: string | null): boolean =>
  listed.length === 0 || (type !== null && listed.some((entry) => sameApplicantType(entry, type)));
