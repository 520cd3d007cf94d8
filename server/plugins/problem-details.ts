import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isNeo4jOutOfMemory, isNeo4jTimeout, isNeo4jUnavailable } from '../db/neo4j-unavailable.js';
import { Conflict, Invalid, NotFound, Unavailable } from '../domain/errors.js';
import { problemBudget, problemsWithin } from '../domain/import-problems.js';
import { HttpProblem } from '../http/http-problem.js';

/** The size of the request's body as sent (0 when its length was not declared, which keeps the smallest budget). */
const requestBytes = (request: FastifyRequest): number => Number(request.headers['content-length'] ?? 0) || 0;

/** Fastify's own early errors (a malformed % in the URL, a path parameter too long: 414) as problem+json. */
export const frameworkProblem = (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
  const status = error.statusCode ?? 400;
  void reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      status,
      title: status === 414 ? 'URI too long' : 'Bad request',
      detail:
        status === 414
          ? 'A part of the address is longer than the server accepts.'
          : 'The address is not valid (a % must be followed by two hexadecimal digits).',
    });
};

/**
 * Every error leaves as application/problem+json (RFC 9457). Messages of unexpected (5xx) errors are logged,
 * never sent: users get a plain sentence instead.
 */
export default fp(
  async (app) => {
    app.setErrorHandler((error: Error, request, reply) => {
      const send = (status: number, body: Record<string, unknown>) =>
        reply
          .code(status)
          .type('application/problem+json')
          .send({ type: 'about:blank', status, instance: request.url, ...body });

      if (error instanceof NotFound) return send(404, { title: 'Not found', detail: error.message });
      if (error instanceof Invalid) {
        const located = {
          ...(error.errors.length > 0 && { errors: error.errors }),
          ...(error.problems.length > 0 && {
            problems: problemsWithin(error.problems, problemBudget(requestBytes(request))),
            problem_count: error.problemCount,
          }),
        };
        return send(400, { title: error.title, detail: error.message, ...located });
      }
      if (error instanceof Conflict) return send(409, { title: error.title, detail: error.message, ...error.inTheWay });
      if (error instanceof HttpProblem)
        return send(error.status, { title: error.title, detail: error.message, ...error.extra });
      if (hasZodFastifySchemaValidationErrors(error)) {
        const errors = error.validation.map((issue) => ({
          field: issue.instancePath.replace(/^\//, '').replace(/\//g, '.'),
          message: issue.message ?? 'is invalid',
        }));
        return send(400, {
          title: 'Invalid request',
          detail: errors.map((e) => `${error.validationContext ?? 'request'} ${e.field}: ${e.message}`).join('; '),
          errors,
        });
      }
      if (error instanceof Unavailable || isNeo4jUnavailable(error)) {
        request.log.warn({ err: error }, 'Neo4j unavailable');
        return send(503, {
          title: 'The database is unavailable',
          detail: (error instanceof Unavailable ? error : new Unavailable()).message,
        });
      }
      if (isNeo4jTimeout(error)) {
        request.log.warn({ err: error }, 'Neo4j transaction timed out');
        return send(503, {
          title: 'The database took too long',
          detail: 'The database did not finish in time, so nothing was changed. Try again later.',
        });
      }
      if (isNeo4jOutOfMemory(error)) {
        request.log.warn({ err: error }, 'Neo4j ran out of transaction memory');
        return send(503, {
          title: 'The database ran out of memory',
          detail:
            'The change needs more memory than the database allows, so nothing was changed. Split the upload into smaller files, or give Neo4j more memory.',
        });
      }
      const status = (error as { statusCode?: number }).statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500 && !isResponseSerializationError(error))
        return send(status, { title: error.name === 'Error' ? 'Bad request' : error.name, detail: error.message });
      request.log.error({ err: error }, 'unexpected error');
      return send(500, { title: 'Internal error', detail: 'Something went wrong on the server; it has been logged.' });
    });
    app.setNotFoundHandler((request, reply) =>
      reply
        .code(404)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          status: 404,
          title: 'Not found',
          detail: `No route ${request.method} ${request.url}`,
          instance: request.url,
        }),
    );
  },
  { name: 'problem-details' },
);
