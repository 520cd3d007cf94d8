import type { Config } from '../config.js';

/** Where people open Braid, for the links that the CLI and `npm start` print. */
export const publicUrl = (config: Pick<Config, 'BRAID_PUBLIC_URL' | 'PORT'>): string =>
  (config.BRAID_PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');

export const signInLinkUrl = (config: Pick<Config, 'BRAID_PUBLIC_URL' | 'PORT'>, secret: string): string =>
  `${publicUrl(config)}/api/auth/link/${secret}`;
