import fp from 'fastify-plugin';
import { HttpProblem } from '../http/http-problem.js';

/**
 * Refuses requests whose Host is not one Braid answers to: a page on an attacker's domain that re-points its DNS
 * at 127.0.0.1 (DNS rebinding) reaches the port, but its requests carry the attacker's host name.
 */
export default fp<{ allowedHosts: string[] }>(
  async (app, { allowedHosts }) => {
    const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
    app.addHook('onRequest', async (request) => {
      const hostname = request.hostname.toLowerCase();
      if (!allowed.has(hostname))
        throw new HttpProblem(
          421,
          'Unknown host',
          `This Braid does not answer to the host name "${hostname}". Its operator can add it to BRAID_ALLOWED_HOSTS.`,
        );
    });
  },
  { name: 'host-check', dependencies: ['problem-details'] },
);
