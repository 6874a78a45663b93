// A sync server in a process of its own, for tests that kill it (SIGKILL: no graceful anything).
// Usage: node --import tsx tests/server/serverProcess.ts <dataDir> <port>; prints the URL when listening.
import { startServer } from '../../src/server/serve.ts';

const [dataDir, port] = process.argv.slice(2);
const server = await startServer({
  port: Number(port ?? 0),
  host: '127.0.0.1',
  dataDir,
  limits: { accountsPerHour: 1000 },
});
console.log(server.url);
