// Browser test of the web page and the widget against the real server:
//   node browser_test.mjs ROLEGRAPH_BIN CORPUS_DIR OUT_DIR
// Headless Debian chromium driven by playwright-core. Screenshots go to OUT_DIR.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const [bin, corpus, outDir] = process.argv.slice(2);
if (!bin || !corpus || !outDir) {
  console.error('usage: node browser_test.mjs ROLEGRAPH_BIN CORPUS_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures += 1;
}

// A page on another origin embedding the widget.
function embedder(apiBaseOf) {
  return http.createServer((req, res) => {
    const apiBase = apiBaseOf();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head>
<body><h1>Intranet page</h1>
<script src="${apiBase}/widget.js" data-endpoint="${apiBase}"></script></body></html>`);
  });
}

// Ports are taken by binding to port 0 (no window for another test to take
// a port we picked): the pages first, then the server, which prints its port.
let api = '';
const listenAnyPort = (srv) => new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv.address().port)));
const pages = [embedder(() => api), embedder(() => api)];
const allowedOrigin = `http://127.0.0.1:${await listenAnyPort(pages[0])}`;
const refusedOrigin = `http://127.0.0.1:${await listenAnyPort(pages[1])}`;
const db = path.join(mkdtempSync(path.join(os.tmpdir(), 'rolegraph-browser-')), 'db');

const server = spawn(bin, ['serve', '--db', db, '--corpus', corpus, '--port', '0',
  '--threads', '4', '--cors-origin', allowedOrigin], { stdio: ['ignore', 'pipe', 'inherit'] });
api = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const m = out.match(/listening on (http:\/\/[^\s]+)/);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
server.stdout.resume();

let browser;
try {
  for (let i = 0; ; i += 1) {
    // /healthz answers while the corpus still loads; /readyz once the API does.
    try { if ((await fetch(`${api}/readyz`)).ok) break; } catch (e) { /* not yet */ }
    if (i > 600) throw new Error('server did not come up');
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });  // a phone
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });

  // 1. Ask; CTO and the cited Indonesian sentence with highlights.
  await page.goto(`${api}/`);
  await page.getByLabel('Question (English or Indonesian)').fill('who manages vendors for product improvement?');
  await page.keyboard.press('Enter');
  await page.locator('.answer').first().waitFor({ timeout: 30000 });
  const first = page.locator('.answer').first();
  check((await first.locator('h2').textContent()).includes('Chief Technology Officer'), 'first answer is the CTO');
  const quote = first.locator('blockquote').first();
  const quoteText = await quote.locator('p').first().textContent();
  check(quoteText.includes('CTO juga berurusan dengan vendor'), 'cites the Indonesian sentence');
  const marks = await quote.locator('mark').allTextContents();
  check(marks.length > 0 && marks.some((m) => /vendor/i.test(m)), `highlights matched words (${marks.join(', ')})`);
  await page.screenshot({ path: path.join(outDir, 'ask.png'), fullPage: true });

  // 2. The citation opens the document with that sentence highlighted.
  await quote.locator('a').first().click();
  await page.locator('.sentence.target').waitFor({ timeout: 15000 });
  const target = await page.locator('.sentence.target').textContent();
  check(target.includes('CTO juga berurusan dengan vendor'), 'document view highlights the cited sentence');
  check(/#s\d+$/.test(page.url()), `document URL names the sentence (${page.url()})`);
  check((await page.locator('.sentence.target mark').count()) > 0, 'matched words highlighted in the document');
  await page.screenshot({ path: path.join(outDir, 'document.png'), fullPage: false });

  // 3. Roles page.
  await page.goto(`${api}/roles/cto`);
  await page.locator('dl.facts dt').first().waitFor({ timeout: 15000 });
  check((await page.locator('h1').textContent()).includes('Chief Technology Officer'), 'role page shows the CTO');
  await page.screenshot({ path: path.join(outDir, 'role.png'), fullPage: true });

  // 4. XSS: a document with markup is shown as text and never runs.
  const xss = 'Dokumen uji. <script>alert(1)</script> <img src=x onerror="alert(2)"> The CTO manages vendors.';
  const put = await fetch(`${api}/v1/documents/xss-test?title=${encodeURIComponent('<script>alert(3)</script>')}`, {
    method: 'PUT', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: xss });
  check(put.status === 201, `PUT the XSS document (${put.status})`);
  await page.goto(`${api}/docs/xss-test#s1`);
  await page.locator('#doc-text .sentence').first().waitFor({ timeout: 15000 });
  await page.waitForTimeout(500);
  const shown = await page.locator('#doc-text').textContent();
  check(shown.includes('<script>alert(1)</script>'), 'markup is shown as text');
  check((await page.locator('#doc-text script, #doc-text img').count()) === 0, 'no elements created from the text');
  check((await page.locator('h1').textContent()) === '<script>alert(3)</script>', 'title shown as text');
  check(dialogs.length === 0, `no script ran (dialogs: ${dialogs.join(', ')})`);
  await page.screenshot({ path: path.join(outDir, 'xss.png'), fullPage: true });

  // 5. The widget on an allowed origin answers; on another origin it is refused.
  for (const [origin, allowed] of [[allowedOrigin, true], [refusedOrigin, false]]) {
    const p = await context.newPage();
    await p.goto(`${origin}/`);
    const input = p.locator('.rolegraph-widget input');
    await input.waitFor({ timeout: 15000 });
    await input.fill('who manages vendors for product improvement?');
    await input.press('Enter');
    if (allowed) {
      await p.locator('.rolegraph-widget .answer').first().waitFor({ timeout: 30000 });
      const text = await p.locator('.rolegraph-widget .answer').first().textContent();
      check(text.includes('Chief Technology Officer'), 'widget answers on an allowed origin');
      check((await p.locator('.rolegraph-widget mark').count()) > 0, 'widget highlights matched words');
    } else {
      await p.getByText('RoleGraph cannot be reached from this page.').waitFor({ timeout: 30000 });
      check((await p.locator('.rolegraph-widget .answer').count()) === 0, 'widget refused on an origin not allowed');
    }
    await p.screenshot({ path: path.join(outDir, allowed ? 'widget-allowed.png' : 'widget-refused.png') });
    await p.close();
  }

  // 6. Documents page: a dropped HTML file is uploaded (format sniffed by
  // the server, loopback needs no key), listed, then deleted.
  await page.goto(`${api}/documents`);
  await page.locator('#documents tbody tr').first().waitFor({ timeout: 15000 });
  const dropped = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['<!doctype html><html><body><nav>Menu</nav><h1>Payroll</h1>'
      + '<p>The Payroll Officer pays salaries every month.</p></body></html>'], 'payroll-page.html', { type: 'text/html' }));
    return dt;
  });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer: dropped });
  const row = page.locator('#documents tr[data-id="payroll-page"]');
  await row.waitFor({ timeout: 15000 });
  check((await row.locator('td').nth(1).textContent()) === 'html', 'dropped file listed with its format');
  check((await page.locator('#status').textContent()).includes('added'), 'upload reports the outcome');
  const stored = await (await fetch(`${api}/v1/documents/payroll-page`)).json();
  check(stored.text.includes('Payroll Officer') && !stored.text.includes('Menu'), 'stored text without the menu');
  await page.screenshot({ path: path.join(outDir, 'documents.png'), fullPage: true });
  await row.locator('button.delete').click();
  await row.waitFor({ state: 'detached', timeout: 15000 });
  check((await fetch(`${api}/v1/documents/payroll-page`)).status === 404, 'delete removes the document');
} catch (e) {
  console.error(e);
  failures += 1;
} finally {
  if (browser) await browser.close();
  server.kill('SIGTERM');
  for (const p of pages) p.close();
}
console.log(failures ? `${failures} failed` : 'all passed');
process.exit(failures ? 1 : 0);
