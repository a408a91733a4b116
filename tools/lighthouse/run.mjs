// Lighthouse accessibility and best-practices audits of the web client's main screens, in
// Debian's Chromium (no browser is downloaded), against a running API that serves client/dist
// with demo data (scripts/run.sh, or the e2e API of scripts/test.sh).
// Usage: LIGHTHOUSE_BASE_URL=http://127.0.0.1:5080 node run.mjs   (client: npm run lighthouse)
// Writes an HTML report per screen and summary.json to .data/test-logs/lighthouse, prints a
// table of the scores, and exits 1 when a score is under LIGHTHOUSE_MIN (default 90).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const baseUrl = (process.env.LIGHTHOUSE_BASE_URL ?? process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
const outDir = resolve(process.env.LIGHTHOUSE_OUTPUT ?? join(here, '../../.data/test-logs/lighthouse'));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const userName = process.env.LIGHTHOUSE_USER ?? 'admin.kalianda';
const password = process.env.LIGHTHOUSE_PASSWORD ?? 'Demo#2026';
const minimum = Number(process.env.LIGHTHOUSE_MIN ?? 90);
const categories = ['accessibility', 'best-practices'];
mkdirSync(outDir, { recursive: true });

async function api(path, token, init = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...init.headers },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${response.status}`);
  return response.json();
}

// The signed-in screens need a token; the app keeps it in sessionStorage, which Lighthouse is
// told to leave alone. Deep links to one record each use the first of the demo data.
const signIn = await api('/api/v1/auth/token', null, { method: 'POST', body: JSON.stringify({ userName, password }) });
const token = signIn.accessToken;
const first = async (path) => (await api(path, token)).items[0]?.id;
const [employee, framework, session, plan, position] = await Promise.all([
  first('/api/v1/employees?pageSize=1'),
  first('/api/v1/competency-frameworks?status=Published&pageSize=1'),
  first('/api/v1/training-sessions?status=Completed&pageSize=1'),
  first('/api/v1/development-plans?pageSize=1'),
  first('/api/v1/positions?pageSize=1'),
]);
// [name, path]; a deep link whose record the demo data lacks is left out.
const screens = [
  ['sign-in', '/sign-in'],
  ['dashboard', '/'],
  ['employees', '/employees'],
  ['employee-profile', employee && `/employees/${employee}`],
  ['frameworks', '/frameworks'],
  ['framework', framework && `/frameworks/${framework}`],
  ['framework-import', '/frameworks/import'],
  ['organisation', '/organisation'],
  ['position', position && `/organisation/positions/${position}`],
  ['training-needs', '/tna'],
  ['plans', '/plans'],
  ['plan', plan && `/plans/${plan}`],
  ['programmes', '/training/programs'],
  ['sessions', '/training/sessions'],
  ['session', session && `/training/sessions/${session}`],
  ['jp-compliance', '/learning-hours'],
  ['evaluations', '/evaluations'],
  ['surveys', '/surveys'],
  ['imports', '/imports'],
  ['exports', '/exports'],
  ['administration', '/admin'],
].filter(([name, path]) => path && (!process.env.LIGHTHOUSE_ONLY || new RegExp(process.env.LIGHTHOUSE_ONLY).test(name)));

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = [];
const started = Date.now();
try {
  const page = await browser.newPage();
  for (const [name, path] of screens) {
    const signedIn = name !== 'sign-in';
    // Set (or clear) the session on the origin before the app loads and reads it.
    await page.goto(`${baseUrl}/sign-in`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(
      (stored) => (stored ? sessionStorage.setItem('asn.session', stored) : sessionStorage.removeItem('asn.session')),
      signedIn ? JSON.stringify({ token, expiresAt: signIn.expiresAt }) : null,
    );
    const t0 = Date.now();
    const runner = await lighthouse(
      `${baseUrl}${path}`,
      { output: 'html', logLevel: 'error', onlyCategories: categories, disableStorageReset: true },
      desktopConfig,
      page,
    );
    // The screen audited must be the one asked for, signed in: not the sign-in page it would fall back to.
    const shown = await page.evaluate(() => ({ path: location.pathname, heading: document.querySelector('h1')?.textContent ?? '' }));
    if (shown.path !== new URL(`${baseUrl}${path}`).pathname) throw new Error(`${name}: ended on ${shown.path} instead of ${path}`);
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((runner.lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = categories.flatMap((c) =>
      runner.lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && runner.lhr.audits[ref.id].score !== null && runner.lhr.audits[ref.id].score < 1)
        .map((ref) => `${ref.id} (${runner.lhr.audits[ref.id].title})`),
    );
    writeFileSync(join(outDir, `${name}.html`), runner.report);
    results.push({ name, path, heading: shown.heading, ...scores, failing, ms: Date.now() - t0 });
    console.log(`  ${name.padEnd(18)} ${shown.heading.slice(0, 32).padEnd(32)} accessibility ${String(scores.accessibility).padStart(3)}  best practices ${String(scores['best-practices']).padStart(3)}${failing.length ? `  (${failing.join('; ')})` : ''}`);
  }
} finally {
  await browser.close();
}
writeFileSync(join(outDir, 'summary.json'), JSON.stringify({ baseUrl, minimum, seconds: (Date.now() - started) / 1000, results }, null, 2));
const low = results.filter((r) => categories.some((c) => r[c] < minimum));
console.log(`lighthouse: ${results.length} screens, ${low.length} under ${minimum} (${Math.round((Date.now() - started) / 1000)} s); reports in ${outDir}`);
process.exit(low.length ? 1 : 0);
