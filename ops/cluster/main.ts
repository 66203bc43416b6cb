import { startCluster } from './cluster';

// npm run cluster -- [processes]: N API processes behind a balancer on PORT (default 4000).
const processes = Number(process.argv[2] ?? process.env.CLUSTER_PROCESSES ?? 2);
if (!Number.isInteger(processes) || processes < 1 || processes > 32) {
  console.error('Usage: npm run cluster -- <processes 1..32>  (DATABASE_URL required; DATABASE_DIRECT_URL past PgBouncer when DATABASE_URL is one; REDIS_URL optional)');
  process.exit(1);
}
try {
  const cluster = await startCluster({ processes, port: Number(process.env.PORT ?? 4000) });
  console.log(`${cluster.processes} API processes behind ${cluster.url}/graphql`);
  const stop = () => void cluster.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
