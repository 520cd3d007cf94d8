/** An error with an HTTP status and a message safe to show to the user. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

export const notFound = (what: string, id: string) => new HttpProblem(404, 'Not found', `No ${what} "${id}".`);

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Neo4j down, restarting or unreachable: the request can be retried later. */
export const isNeo4jUnavailable = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: string; message?: string };
  return (
    (code !== undefined && unavailableCodes.has(code)) ||
    /Connection acquisition timed out|Failed to connect to server|connect ECONNREFUSED/.test(message ?? '')
  );
};
