/**
 * A refusal about HTTP itself (a media type, a form field, sign-in, a role) rather than about the domain: only
 * routes and plugins throw it; everything below them throws the errors of server/domain/errors.ts.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    /** Extension members of the problem+json answer. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}
