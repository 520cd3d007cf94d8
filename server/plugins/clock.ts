import fp from 'fastify-plugin';
import { todayOf } from '../domain/today.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Today (YYYY-MM-DD): BRAID_TODAY when set, else the system date. Read per call, so a long run moves on. */
    today: () => string;
  }
}

export default fp<{ pinnedToday?: string | undefined }>(
  async (app, { pinnedToday }) => {
    app.decorate('today', () => todayOf(pinnedToday));
  },
  { name: 'clock' },
);
