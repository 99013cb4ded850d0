import { existsSync, readFileSync } from "node:fs";

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

/**
 * Counts from vitest's JSON report. A test file that failed before its tests
 * ran (an import error, a failing hook) counts as one failure, or it would
 * vanish from the summary.
 */
export function vitestCounts(file) {
  const report = readJson(file);
  if (!report) return null;
  const brokenFiles = report.testResults.filter(
    (r) => r.status === "failed" && !r.assertionResults.some((a) => a.status === "failed"),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/**
 * Counts from Playwright's JSON report: flaky tests passed on retry; errors
 * outside any test (a web server that never came up) count as failures.
 */
export function playwrightCounts(file) {
  const report = readJson(file);
  if (!report) return null;
  const { expected, flaky, unexpected, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected + report.errors.length, skipped };
}

/** The one line a person or a CI log reader looks for: `tests: N passed, N failed[, N skipped]`. */
export function summaryLine(counts) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const c of counts) for (const key of Object.keys(total)) total[key] += c?.[key] ?? 0;
  const skipped = total.skipped ? `, ${total.skipped} skipped` : "";
  return `tests: ${total.passed} passed, ${total.failed} failed${skipped}`;
}
