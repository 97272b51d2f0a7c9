// The container image definition and the systemd unit, checked without a Docker engine (none on this machine, so
// the image is not built here): what they copy exists, they run the real start command as a non-root user with a
// health check, keep secrets out, and the unit passes `systemd-analyze verify` where systemd is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/core.js';

const read = (f: string) => readFileSync(path.join(repoRoot, f), 'utf8');

describe('Dockerfile', () => {
  const text = read('Dockerfile');
  const lines = text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
  const runtime = lines.slice(lines.findLastIndex((l) => l.startsWith('FROM ')));

  it('copies only what exists, and everything the program reads at run time', () => {
    const sources = lines.filter((l) => l.startsWith('COPY ') && !l.includes('--from=')).flatMap((l) => l.split(/\s+/).slice(1, -1));
    for (const s of sources) expect(existsSync(path.join(repoRoot, s)), `COPY ${s}`).toBe(true);
    const runtimeCopies = runtime.filter((l) => l.startsWith('COPY ')).join('\n');
    for (const needed of ['/app/dist', 'bin', 'knowledge', 'package.json']) expect(runtimeCopies).toContain(needed);
  });

  it('runs `chartpath start` as a non-root user, with a health check on HEALTH_PORT and SIGTERM to stop', () => {
    const user = runtime.find((l) => l.startsWith('USER '));
    expect(user).toBeDefined();
    expect(user).not.toMatch(/USER\s+(root|0)\b/);
    expect(runtime.findIndex((l) => l.startsWith('USER '))).toBeLessThan(runtime.findIndex((l) => l.startsWith('CMD ')));
    expect(runtime.find((l) => l.startsWith('CMD '))).toBe('CMD ["node", "--max-semi-space-size=4", "bin/chartpath.js", "start"]');
    expect(text).toMatch(/HEALTHCHECK [^\n]*\\\n\s+CMD .*process\.env\.HEALTH_PORT.*\/healthz/);
    expect(text).toMatch(/HEALTH_PORT=\d+/);
    expect(text).toContain('STOPSIGNAL SIGTERM');
  });

  it('bakes in no secret and sends no local settings or data into the build', () => {
    expect(text).not.toMatch(/^\s*(ENV|ARG)\b.*(TOKEN|SECRET|PROXY)/m);
    const ignore = read('.dockerignore').split('\n');
    for (const entry of ['.env', 'data', 'node_modules', '.git']) expect(ignore).toContain(entry);
  });
});

describe('deploy/chartpath.service', () => {
  const unit = read('deploy/chartpath.service');

  it('starts chartpath as its own user, restarts it after a failure, and stops it with SIGTERM', () => {
    expect(unit).toMatch(/^ExecStart=\S*node (--max-semi-space-size=\d+ )?\S*bin\/chartpath\.js start$/m);
    expect(unit).toMatch(/^User=chartpath$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
    expect(unit).toMatch(/^EnvironmentFile=/m);
    expect(unit).toMatch(/^StateDirectory=chartpath$/m);
  });

  it.runIf(existsSync('/usr/bin/systemd-analyze'))('passes systemd-analyze verify', () => {
    const out = execFileSync('/usr/bin/systemd-analyze', ['verify', path.join(repoRoot, 'deploy', 'chartpath.service')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
  });
});
