import { userInfo } from 'node:os';
import { cliActor, type Actor } from '../server/domain/actor.js';

/** The person running a command on the server's machine (import, seed, start, bench): `cli:<os user>`. */
export const shellActor = (): Actor => {
  try {
    return cliActor(userInfo().username);
  } catch {
    // No passwd entry for this uid (some containers): still the shell, just unnamed.
    return cliActor('unknown');
  }
};
