import { execFileSync } from 'node:child_process';

/** e2e tests boot the built apps, exactly as production runs them; build once per run. */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
