import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';

describe('packageRoot', () => {
  it('is the folder with ChartPath\'s package.json and its knowledge folder, from the sources as from the build', () => {
    expect(JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')).name).toBe('chartpath');
    expect(existsSync(path.join(packageRoot, 'knowledge', 'scope.yml'))).toBe(true);
    expect(packageRoot).toBe(path.resolve(import.meta.dirname, '..'));
  });
});
