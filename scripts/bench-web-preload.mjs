/**
 * Loaded into the benchmarked server (`node --import`) by scripts/bench-web.ts, never in
 * production: counts the writes the server makes to the PostgreSQL server's port (each query
 * the driver sends is one write: the round trips a request costs) and prints the count on
 * SIGUSR2.
 */
import net from 'node:net';
import process from 'node:process';

const port = Number(process.env.BENCH_DB_PORT ?? '0');
let writes = 0;
const write = net.Socket.prototype.write;
net.Socket.prototype.write = function countedWrite(...args) {
  if (port && this.remotePort === port) writes += 1;
  return write.apply(this, args);
};
process.on('SIGUSR2', () => {
  process.stdout.write(`BENCH_DB_WRITES ${writes}\n`);
});
