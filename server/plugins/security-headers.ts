import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/**
 * helmet's headers with a Content-Security-Policy the built client passes: scripts only from Braid itself
 * (Vite emits no inline script), nothing framed but by Braid (share links widen frame-ancestors per route).
 */
export default fp<{ https: boolean }>(
  async (app, { https }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'script-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'self'"],
          // Over plain http (a laptop) upgrading requests to https would break every asset.
          'upgrade-insecure-requests': https ? [] : null,
        },
      },
      strictTransportSecurity: https,
    });
  },
  { name: 'security-headers' },
);
