import type { Problem as ServerProblem } from '@contract/problem.js';

// The one client-side shape of a failed API call: the server's application/problem+json, or one made up for
// network failures so the UI has a single thing to show.

/** The server's problem+json; `type` and `detail` may be missing when the client made it up (network failure). */
export type Problem = Omit<ServerProblem, 'detail' | 'type'> & Partial<Pick<ServerProblem, 'detail' | 'type'>>;

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && typeof (value as Problem).title === 'string';

/** Builds the ApiProblem for a failed response, whatever its body. */
export const problemFromResponse = async (response: Response): Promise<ApiProblem> => {
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  if (isProblem(body)) return new ApiProblem({ ...body, status: body.status ?? response.status });
  return new ApiProblem({
    title: response.status >= 500 ? 'The server had a problem' : 'The request was not accepted',
    status: response.status,
    detail: response.statusText || undefined,
  });
};

/** Any thrown value as a Problem (network failures become status 0). */
export const toProblem = (error: unknown): Problem => {
  if (error instanceof ApiProblem) return error.problem;
  return {
    title: 'Braid cannot reach its server',
    status: 0,
    detail: 'Check your connection and try again; nothing was changed.',
  };
};
