// Worker threads do not inherit tsx's TypeScript loader: register it in this thread, then run the worker.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-upload-worker.ts');
