/** Writes the automated accessibility results that each edition's accessibility page publishes. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AccessibilityReport } from '../../src/lib/accessibility-report.ts';

export const REPORT_FILE = 'test-results/accessibility.json';
export const HTML_REPORT_FILE = 'test-results/html-validity.json';

export function currentCommit(): string | undefined {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function writeJson(file: string, data: unknown) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

export const writeReport = (report: AccessibilityReport) => writeJson(REPORT_FILE, report);
