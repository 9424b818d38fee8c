// Browser test of the Graph page (/graph, the org chart laid out by Graphviz
// dot on the server):
//   node graph_test.mjs ROLEGRAPH_BIN CORPUS_DIR OUT_DIR
// Serves the shipped corpus, adds documents with reporting lines over the
// API (a small one in two languages, then one naming 100+ roles), and checks
// in headless chromium that the edges are drawn, pan and zoom move the
// view, and a click on a role opens its page. Screenshots go to OUT_DIR.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [bin, corpus, outDir] = process.argv.slice(2);
if (!bin || !corpus || !outDir) {
  console.error('usage: node graph_test.mjs ROLEGRAPH_BIN CORPUS_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

let failures = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : `\n     ${detail}`}`);
  if (!ok) failures += 1;
}

// Reporting lines in both languages, written for this test.
const smallSet = {
  'org-sinar-id': ['Struktur organisasi PT Sinar Logistik', '',
    'Manajer Gudang melapor kepada Direktur Operasional.',
    'Direktur Operasional melapor langsung kepada Direktur Utama.'].join('\n'),
  'org-sinar-en': ['Finance at Sinar Logistik', '',
    'The Payroll Manager reports to the Finance Director.',
    'The Finance Director reports to the Chief Executive Officer.',
    'The Transport Coordinator reports to the Logistics Manager and works with the Warehouse Supervisor.'].join('\n'),
};

// A larger organisation: 25 departments of four levels under one chief
// executive, so the chart has 100+ nodes.
function largeOrganisation() {
  const departments = ['Finance', 'Payroll', 'Logistics', 'Warehouse', 'Transport', 'Marketing', 'Sales',
    'Procurement', 'Legal', 'Compliance', 'Security', 'Quality', 'Research', 'Design', 'Training',
    'Recruitment', 'Facilities', 'Product', 'Engineering', 'Data', 'Audit', 'Risk', 'Treasury',
    'Communications', 'Maintenance'];
  const lines = ['Organisation of Example Holdings', ''];
  for (const d of departments) {
    lines.push(`The ${d} Director reports to the Chief Executive Officer. The ${d} Manager reports to the ` +
      `${d} Director. The ${d} Supervisor reports to the ${d} Manager. The ${d} Coordinator reports to ` +
      `the ${d} Supervisor.`, '');
  }
  return lines.join('\n');
}

const db = path.join(mkdtempSync(path.join(os.tmpdir(), 'rolegraph-graph-')), 'db');
const server = spawn(bin, ['serve', '--db', db, '--corpus', corpus, '--port', '0', '--threads', '4',
  '--access-log', 'off'], { stdio: ['ignore', 'pipe', 'inherit'] });
const api = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const m = out.match(/listening on (http:\/\/[^\s]+)/);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
server.stdout.resume();

async function putDocument(id, text) {
  const res = await fetch(`${api}/v1/documents/${id}`, {
    method: 'PUT', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text });
  check(res.ok, `PUT ${id}`, await res.text());
}

async function chartState(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('#chart svg');
    return {
      nodes: svg ? svg.querySelectorAll('g.node').length : 0,
      edges: svg ? svg.querySelectorAll('g.edge').length : 0,
      reports: svg ? svg.querySelectorAll('g.edge.edge-reports_to').length : 0,
      viewBox: svg ? svg.getAttribute('viewBox') : '',
      titles: svg ? [...svg.querySelectorAll('g.edge > title')].map((t) => t.textContent) : [],
      status: document.getElementById('status').textContent,
    };
  });
}

let browser;
try {
  for (let i = 0; ; i += 1) {
    try { if ((await fetch(`${api}/readyz`)).ok) break; } catch (e) { /* not yet */ }
    if (i > 600) throw new Error('server did not come up');
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const [id, text] of Object.entries(smallSet)) await putDocument(id, text);

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Failed requests are checked by URL (the browser's own /favicon.ico is
  // not ours to serve); other console errors count.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });

  // 1. The corpus plus the small set: the reporting lines are drawn.
  await page.goto(`${api}/`);
  await page.getByRole('link', { name: 'Graph' }).click();
  await page.waitForSelector('#chart svg g.edge');
  let state = await chartState(page);
  check(state.reports >= 4, `reports_to edges drawn (${state.reports})`, JSON.stringify(state));
  check(state.titles.includes('finance-director->payroll-manager'),
    'the Finance Director is drawn above the Payroll Manager', state.titles.join(' '));
  check(state.titles.some((t) => t.includes('operations-director')),
    'the Indonesian reporting line is drawn too', state.titles.join(' '));
  check(state.edges > state.reports, 'other relations (coordinates, works with) are drawn as well');
  check(/roles and bodies with \d+ edges/.test(state.status), 'the status counts the chart', state.status);
  await page.screenshot({ path: path.join(outDir, 'graph.png'), fullPage: true });

  // 2. Zoom and pan change the visible part; Fit restores it.
  await page.getByRole('button', { name: 'Fit' }).click();
  const before = (await chartState(page)).viewBox;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = (await chartState(page)).viewBox;
  check(zoomed !== before, 'Zoom in changes the view', `${before} -> ${zoomed}`);
  const box = await page.locator('#chart').boundingBox();
  // Starting on a role: the drag pans and does not open the role.
  const start = await page.evaluate(() => {
    const c = document.getElementById('chart').getBoundingClientRect();
    const r = [...document.querySelectorAll('#chart g.node')].map((n) => n.getBoundingClientRect())
      .find((b) => b.left > c.left + 10 && b.right < c.right - 200 && b.top > c.top + 100 && b.bottom < c.bottom - 10);
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : { x: c.left + 30, y: c.bottom - 30 };
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 150, start.y - 60, { steps: 8 });
  await page.mouse.up();
  const panned = (await chartState(page)).viewBox;
  check(panned !== zoomed && new URL(page.url()).pathname === '/graph',
    'dragging pans the view, also from a role, without opening it', `${zoomed} -> ${panned} at ${page.url()}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  check((await chartState(page)).viewBox !== panned, 'the wheel zooms');
  await page.getByRole('button', { name: 'Fit' }).click();
  check((await chartState(page)).viewBox === before, 'Fit shows the whole chart again');

  // 3. Click-through: a role opens its page.
  await page.locator('#chart g#node-payroll-manager a').click();
  await page.waitForURL(/\/roles\/payroll-manager$/);
  await page.waitForSelector('dl.facts dt');
  const facts = await page.locator('dl.facts').innerText();
  check(/reports to/i.test(facts) && /Finance Director/.test(facts),
    'the role page shows the reporting line with its source', facts.slice(0, 200));

  // 4. 100+ roles: still laid out, every node on screen at Fit, findable.
  await putDocument('org-example-holdings', largeOrganisation());
  await page.goto(`${api}/graph`);
  await page.waitForSelector('#chart svg g.edge');
  state = await chartState(page);
  check(state.nodes >= 100 && state.reports >= 100, `a large chart: ${state.nodes} nodes, ${state.reports} reporting lines`);
  // It opens at a readable size on the top of the organisation.
  const opening = await page.evaluate(() => {
    const chart = document.getElementById('chart').getBoundingClientRect();
    const visible = [...document.querySelectorAll('#chart g.node text')].map((t) => t.getBoundingClientRect())
      .filter((r) => r.left >= chart.left && r.right <= chart.right && r.top >= chart.top && r.bottom <= chart.bottom);
    const ceo = document.querySelector('#chart g#node-ceo text')?.getBoundingClientRect();
    return { visible: visible.length, height: visible.length ? Math.min(...visible.map((r) => r.height)) : 0,
      ceoShown: !!ceo && ceo.left >= chart.left && ceo.right <= chart.right && ceo.top >= chart.top && ceo.bottom <= chart.bottom };
  });
  check(opening.visible >= 5 && opening.height >= 10 && opening.ceoShown,
    `opens readable: ${opening.visible} labels on screen, the smallest ${opening.height.toFixed(1)} px, the chief executive shown`,
    JSON.stringify(opening));
  await page.screenshot({ path: path.join(outDir, 'graph-large.png') });
  await page.getByRole('button', { name: 'Fit' }).click();
  const sizes = await page.evaluate(() => {
    const chart = document.getElementById('chart').getBoundingClientRect();
    const texts = [...document.querySelectorAll('#chart g.node text')].map((t) => t.getBoundingClientRect());
    return { inside: texts.every((r) => r.left >= chart.left - 1 && r.right <= chart.right + 1 &&
      r.top >= chart.top - 1 && r.bottom <= chart.bottom + 1), count: texts.length };
  });
  check(sizes.inside, `at Fit all ${sizes.count} labels are inside the chart`);
  await page.screenshot({ path: path.join(outDir, 'graph-large-fit.png') });
  await page.fill('#find-role', 'Treasury Supervisor');
  await page.press('#find-role', 'Enter');
  await page.waitForSelector('#chart g.node.found');
  const label = await page.evaluate(() => {
    const c = document.getElementById('chart').getBoundingClientRect();
    const t = document.querySelector('#chart g.node.found text').getBoundingClientRect();
    return { height: t.height, inside: t.left >= c.left && t.right <= c.right && t.top >= c.top && t.bottom <= c.bottom };
  });
  check(label.height >= 10 && label.inside,
    `a found role is shown and readable (${label.height.toFixed(1)} px text)`, JSON.stringify(label));
  await page.screenshot({ path: path.join(outDir, 'graph-large-find.png') });
  check(errors.length === 0, 'no script errors', errors.join('; '));
} catch (e) {
  check(false, 'no exception', e.stack ?? String(e));
} finally {
  if (browser) await browser.close();
  server.kill('SIGTERM');
}
console.log(failures === 0 ? 'all graph page checks passed' : `${failures} graph page checks failed`);
process.exit(failures === 0 ? 0 : 1);
