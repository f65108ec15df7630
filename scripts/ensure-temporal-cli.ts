import { ensureTemporalCli } from '../runtime/temporal-cli';

try {
  console.log(`Temporal CLI: ${ensureTemporalCli()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
