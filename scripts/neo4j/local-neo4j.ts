import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '../../server/config.js';
import { localConnection, localNeo4jHome } from '../../server/db/local-connection.js';

// Runs Neo4j Community from jars fetched off Maven Central (see pom.xml), the way Neo4j's container image
// starts it: no tarball, no Docker. Each instance (dev, test) has its own folder, port and password.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pom = join(repoRoot, 'scripts', 'neo4j', 'pom.xml');
const neo4jRoot = join(repoRoot, '.neo4j');
const libDir = join(neo4jRoot, 'lib');
const startTimeoutMs = 180_000;

export class LocalNeo4jError extends Error {}

export interface LocalInstance {
  name: string;
  port: number;
  home: string;
  heap: string;
  pageCache: string;
}

export const localInstance = (name: string, port: number): LocalInstance => ({
  name,
  port,
  home: localNeo4jHome(name),
  // Smaller values let several suites run side by side on one machine.
  heap: process.env.BRAID_NEO4J_HEAP ?? '2g',
  pageCache: process.env.BRAID_NEO4J_PAGECACHE ?? '1g',
});

const neo4jVersion = (): string => {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pom, 'utf8'));
  if (!match?.[1]) throw new LocalNeo4jError(`No <neo4j.version> in ${pom}`);
  return match[1];
};

const requireCommand = (command: string, args: string[], fix: string): void => {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  if (result.error || result.status !== 0) throw new LocalNeo4jError(`'${command}' was not found or failed. ${fix}`);
};

/** Fetches the server jars with Maven once per Neo4j version. */
export const ensureInstalled = (log: (line: string) => void = console.log): void => {
  const version = neo4jVersion();
  const marker = join(libDir, '.version');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === version) return;
  requireCommand('java', ['-version'], 'Install Java 17 or later (Debian: apt-get install openjdk-17-jre-headless).');
  requireCommand('mvn', ['-v'], 'Install Apache Maven (Debian: apt-get install maven), or set NEO4J_URI.');
  log(`Fetching Neo4j Community ${version} from Maven Central (once)...`);
  rmSync(libDir, { recursive: true, force: true });
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new LocalNeo4jError(`Maven could not fetch Neo4j ${version} (exit ${result.status}).`);
  writeFileSync(marker, `${version}\n`);
};

const passwordFile = (instance: LocalInstance): string => join(instance.home, 'password');
const pidFile = (instance: LocalInstance): string => join(instance.home, 'run', 'neo4j.pid');
export const logFile = (instance: LocalInstance): string => join(instance.home, 'logs', 'console.log');

export const connectionOf = (instance: LocalInstance): Neo4jConnection => localConnection(instance.name, instance.port);

const writeConfig = (instance: LocalInstance): void => {
  for (const dir of ['conf', 'data', 'logs', 'run', 'plugins'])
    mkdirSync(join(instance.home, dir), { recursive: true });
  const conf = [
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${instance.port}`,
    `server.bolt.advertised_address=127.0.0.1:${instance.port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${join(instance.home, 'data')}`,
    `server.directories.logs=${join(instance.home, 'logs')}`,
    `server.directories.run=${join(instance.home, 'run')}`,
    `server.directories.plugins=${join(instance.home, 'plugins')}`,
    `server.memory.pagecache.size=${instance.pageCache}`,
    'dbms.security.auth_enabled=true',
    'db.tx_log.rotation.retention_policy=2 files',
    'server.jvm.additional=-XX:+UseG1GC',
  ];
  writeFileSync(join(instance.home, 'conf', 'neo4j.conf'), `${conf.join('\n')}\n`);
};

const readPid = (instance: LocalInstance): number | null => {
  if (!existsSync(pidFile(instance))) return null;
  const pid = Number(readFileSync(pidFile(instance), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const portInUse = (port: number): Promise<boolean> =>
  new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });

export const canConnect = async (connection: Neo4jConnection): Promise<boolean> => {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: 3000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
};

const tail = (file: string, lines = 15): string =>
  existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)';

export type Status = 'running' | 'stopped' | 'starting';

export const status = async (instance: LocalInstance): Promise<Status> => {
  const pid = readPid(instance);
  if (pid === null || !isAlive(pid)) return 'stopped';
  if (!existsSync(passwordFile(instance))) return 'starting';
  return (await canConnect(connectionOf(instance))) ? 'running' : 'starting';
};

/** Starts the instance unless it already runs, and resolves once the driver can connect. */
export const start = async (
  instance: LocalInstance,
  log: (line: string) => void = console.log,
): Promise<Neo4jConnection> => {
  ensureInstalled(log);
  requireCommand('java', ['-version'], 'Install Java 17 or later (Debian: apt-get install openjdk-17-jre-headless).');
  const pid = readPid(instance);
  if (pid !== null && isAlive(pid)) {
    await waitUntilReady(instance, pid);
    return connectionOf(instance);
  }
  if (await portInUse(instance.port))
    throw new LocalNeo4jError(
      `Port ${instance.port} on 127.0.0.1 is already in use by another program. Stop it, or choose another port ` +
        `(BRAID_NEO4J_PORT), or point Braid at that Neo4j with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`,
    );
  writeConfig(instance);
  if (!existsSync(passwordFile(instance))) setInitialPassword(instance);
  const out = openSync(logFile(instance), 'a');
  const child = spawn(
    'java',
    [
      `-Xms512m`,
      `-Xmx${instance.heap}`,
      '-cp',
      `${join(instance.home, 'plugins')}/*:${join(instance.home, 'conf')}/*:${libDir}/*`,
      '-XX:+UseG1GC',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dfile.encoding=UTF-8',
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${instance.home}`,
      `--config-dir=${join(instance.home, 'conf')}`,
      '--console-mode',
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start java.');
  writeFileSync(pidFile(instance), `${child.pid}\n`);
  child.unref();
  log(`Starting Neo4j (${instance.name}) on bolt://127.0.0.1:${instance.port}, log: ${logFile(instance)}`);
  await waitUntilReady(instance, child.pid);
  return connectionOf(instance);
};

const setInitialPassword = (instance: LocalInstance): void => {
  const password = randomBytes(18).toString('base64url');
  const result = spawnSync(
    'java',
    ['-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    { env: { ...process.env, NEO4J_HOME: instance.home, NEO4J_CONF: join(instance.home, 'conf') }, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new LocalNeo4jError(`Could not set the Neo4j password: ${result.stderr || result.stdout}`);
  writeFileSync(passwordFile(instance), `${password}\n`, { mode: 0o600 });
};

const waitUntilReady = async (instance: LocalInstance, pid: number): Promise<void> => {
  const deadline = Date.now() + startTimeoutMs;
  const connection = connectionOf(instance);
  while (Date.now() < deadline) {
    if (!isAlive(pid))
      throw new LocalNeo4jError(
        `Neo4j (${instance.name}) exited during start-up. Last lines of its log:\n${tail(logFile(instance))}`,
      );
    if (await canConnect(connection)) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new LocalNeo4jError(
    `Neo4j (${instance.name}) did not accept connections within ${startTimeoutMs / 1000} s. Log: ${logFile(instance)}\n${tail(logFile(instance))}`,
  );
};

export const stop = async (instance: LocalInstance): Promise<boolean> => {
  const pid = readPid(instance);
  if (pid === null || !isAlive(pid)) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 250));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile(instance), { force: true });
  return true;
};
