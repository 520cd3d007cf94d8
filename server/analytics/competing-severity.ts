// How bad a competing pair is, documented in docs/analytics.md: two releases chasing the same applicants for
// the same purpose at the same time. Same-department pairs weigh half: one department can fix them alone.

export const sameDepartmentWeight = 0.5;

export interface SeverityInput {
  similarity: number;
  overlapShare: number;
  sameDepartment: boolean;
}

export const competingSeverity = ({ similarity, overlapShare, sameDepartment }: SeverityInput): number =>
  Math.round(similarity * overlapShare * (sameDepartment ? sameDepartmentWeight : 1) * 10_000) / 10_000;
