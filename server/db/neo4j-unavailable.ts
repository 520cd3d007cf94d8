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

/**
 * A transaction Neo4j ended because it ran past BRAID_QUERY_TIMEOUT_S: nothing of it was written. One ended while
 * it waited for a lock (another write held the map lock that long) reports LockClientStopped instead.
 */
export const isNeo4jTimeout = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  /^Neo\.ClientError\.Transaction\.(TransactionTimedOut|LockClientStopped)/.test(
    String((error as { code?: unknown }).code ?? ''),
  );

/**
 * A transaction Neo4j ended because it needed more memory than Neo4j allows (the transaction limit or the whole
 * pool): nothing of it was written, and the same write would fail again until it is smaller or Neo4j has more.
 */
export const isNeo4jOutOfMemory = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  /^Neo\.TransientError\.General\.(MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemoryError)$/.test(
    String((error as { code?: unknown }).code ?? ''),
  );
