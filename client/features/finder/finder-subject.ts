import type { MatchSubject } from '../../api/analytics/get-match.js';

// Who the finder is looking for funding for, as the URL says it: a partnership, or a described need.

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export const subjectFromParams = (params: URLSearchParams): MatchSubject | null => {
  const partnership = params.get('partnership');
  if (partnership) return { partnership };
  const region = params.get('region');
  if (!region) return null;
  return {
    region,
    sectors: list(params.get('sectors')),
    solutions: list(params.get('solutions')),
    applicantType: params.get('applicant') || null,
  };
};

export const subjectParams = (subject: MatchSubject): Record<string, string> =>
  'partnership' in subject
    ? { partnership: subject.partnership }
    : {
        region: subject.region,
        sectors: subject.sectors.join(','),
        solutions: subject.solutions.join(','),
        applicant: subject.applicantType ?? '',
      };
