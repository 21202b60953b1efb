// Browser test of the Sitrep dashboard: Debian's headless Chromium driven by playwright-core, against the web host
// started on 127.0.0.1 with a free port and a seeded SQLite database. Run: bash tests/browser/ensure.sh && node --test tests/browser/
//
// Environment (all optional):
//   SITREP_SERVER      command that starts the server; the test appends --db FILE --urls URL
//                      (default: dotnet src/Sitrep.Web/bin/$SITREP_CONFIGURATION/net10.0/Sitrep.Web.dll;
//                      e.g. "dotnet src/Sitrep.Cli/bin/Debug/net10.0/sitrep.dll serve")
//   SITREP_CONFIGURATION  Debug (default) or Release, for the default paths
//   CHROMIUM           the browser (default /usr/bin/chromium)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const output = join(here, 'output');
const configuration = process.env.SITREP_CONFIGURATION ?? 'Debug';
const webDll = join(root, 'src/Sitrep.Web/bin', configuration, 'net10.0/Sitrep.Web.dll');
const seedDll = join(here, 'seed/bin', configuration, 'net10.0/Sitrep.BrowserSeed.dll');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

let work, server, serverLog = '', context, page, base;
const external = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function waitForServer(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}):\n${serverLog}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer ${url} within ${ms} ms:\n${serverLog}`);
}

before(async () => {
  assert.ok(existsSync(chromiumPath), `${chromiumPath} is missing: run tests/browser/ensure.sh (apt-get install chromium)`);
  if (!existsSync(webDll) && !process.env.SITREP_SERVER) run('dotnet', ['build', join(root, 'src/Sitrep.Web/Sitrep.Web.csproj'), '-c', configuration, '-v', 'quiet']);
  if (!existsSync(seedDll)) run('dotnet', ['build', join(here, 'seed/Sitrep.BrowserSeed.csproj'), '-c', configuration, '-v', 'quiet']);

  work = mkdtempSync(join(tmpdir(), 'sitrep-browser-'));
  const db = join(work, 'events.db');
  run('dotnet', [seedDll, db, '150']);

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const [command, ...prefix] = process.env.SITREP_SERVER ? process.env.SITREP_SERVER.split(' ').filter(Boolean) : ['dotnet', webDll];
  server = spawn(command, [...prefix, '--db', db, '--urls', base], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (d) => { serverLog += d; });
  server.stderr.on('data', (d) => { serverLog += d; });
  await waitForServer(`${base}/api/events?limit=1`, 60_000);

  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  page = context.pages()[0] ?? await context.newPage();
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) external.push(r.url()); });
  page.on('pageerror', (e) => { serverLog += `\n[page error] ${e.message}`; });
  // Console errors include Content-Security-Policy violations: the page must need nothing it forbids.
  page.on('console', (m) => { if (m.type() === 'error' && !page.url().includes('/scalar')) serverLog += `\n[page error] console: ${m.text()}`; });
  mkdirSync(output, { recursive: true });
});

after(async () => {
  await context?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => { server.once('exit', r); setTimeout(r, 5000); });
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the map shows event points', async () => {
  await page.goto(base, { waitUntil: 'networkidle' });
  await page.waitForSelector('#map path.event-point, #map .cluster', { timeout: 15_000 });
  const points = await page.locator('#map path.event-point').count();
  const clusters = await page.locator('#map .cluster').count();
  assert.ok(points + clusters > 0, 'no event points or clusters on the map');
  // Country outlines come from the app itself, not from a tile server.
  assert.ok(await page.locator('.leaflet-outlines-pane path').count() > 0, 'no country outlines');
  assert.equal(await page.locator('.leaflet-tile').count(), 0);
  assert.match(await page.locator('#stat-events').innerText(), /^\d+$/);
  assert.ok(await page.locator('#events tbody tr[data-id]').count() > 0, 'the table is empty');
  assert.ok(await page.locator('#timeline canvas').count() > 0, 'no timeline chart');
  await page.screenshot({ path: join(output, 'dashboard.png') });
});

test('filtering by country keeps only that country', async () => {
  const before = Number((await page.locator('#stat-events').innerText()).replace(/\D/g, ''));
  await page.selectOption('#f-country', { label: 'Syria' });
  await page.waitForFunction((n) => Number(document.querySelector('#stat-events')?.textContent.replace(/\D/g, '')) !== n, before);
  assert.match(page.url(), /country=SY/);
  const rows = page.locator('#events tbody tr[data-id]');
  const count = await rows.count();
  assert.ok(count > 0 && count < before, `expected fewer rows than ${before}, got ${count}`);
  for (const text of await rows.allInnerTexts()) assert.match(text, /Syria/);
  assert.ok(await page.locator('#map path.event-point').count() > 0, 'no points for Syria');
});

test('dragging across the timeline filters by those dates', async () => {
  const before = Number((await page.locator('#stat-events').innerText()).replace(/\D/g, ''));
  const over = await page.locator('#timeline .u-over').boundingBox();
  const y = over.y + over.height / 2;
  await page.mouse.move(over.x + over.width * 0.55, y);
  await page.mouse.down();
  await page.mouse.move(over.x + over.width * 0.75, y, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('#f-from').value !== '');
  const [from, to] = [await page.inputValue('#f-from'), await page.inputValue('#f-to')];
  assert.ok(from < to, `from ${from} should precede to ${to}`);
  await page.waitForFunction((n) => Number(document.querySelector('#stat-events')?.textContent.replace(/\D/g, '')) < n, before);
  for (const date of await page.locator('#events tbody tr[data-id] td.date').allInnerTexts()) {
    const iso = new Date(`${date.replace('~ ', '')} UTC`).toISOString().slice(0, 10);
    assert.ok(iso >= from && iso <= to, `${date} is outside ${from}..${to}`);
  }
  // Back to the whole country for the next test.
  await page.fill('#f-from', '');
  await page.fill('#f-to', '');
  await page.click('button[type=submit]');
  await page.waitForFunction((n) => Number(document.querySelector('#stat-events')?.textContent.replace(/\D/g, '')) === n, before);
});

test('an event opens with its evidence highlighted in the article', async () => {
  await page.locator('#events tbody tr', { hasText: 'Aleppo' }).filter({ hasText: 'Air/drone strike' }).first().click();
  await page.waitForSelector('#detail:not([hidden]) mark.ev', { timeout: 10_000 });
  const fields = await page.locator('#d-article mark.ev').evaluateAll((marks) => marks.map((m) => m.dataset.fields));
  for (const f of ['event_type', 'location', 'date', 'fatalities']) assert.ok(fields.some((x) => x.split(' ').includes(f)), `no highlight for ${f}`);
  const article = await page.locator('#d-article').innerText();
  assert.match(article, /Air strikes hit a market/);
  const location = page.locator('#d-article mark.ev[data-fields~="location"]').first();
  assert.equal(await location.innerText(), 'eastern Aleppo');
  await location.hover();
  assert.match(await page.locator('#tooltip').innerText(), /Location/);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(output, 'event.png') });
});

test('the API reference page renders offline', async () => {
  await page.goto(`${base}/scalar/`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.body.innerText.includes('Sitrep API'), null, { timeout: 15_000 });
  assert.match(await page.locator('body').innerText(), /\/api\/events/i);
  await page.screenshot({ path: join(output, 'scalar.png') });
});

test('nothing was fetched from outside the app', () => {
  assert.deepEqual(external, []);
  const errors = serverLog.split('\n').filter((l) => l.startsWith('[page error]'));
  assert.deepEqual(errors, []);
});
