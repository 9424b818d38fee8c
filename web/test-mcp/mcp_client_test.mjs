// End-to-end test of POST /mcp with the official MCP TypeScript SDK client:
//   node mcp_client_test.mjs ROLEGRAPH_BIN CORPUS_DIR
// Starts `rolegraph serve` on the corpus with an API key required for
// reads, then talks to it the way an AI assistant's MCP host would.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [bin, corpus] = process.argv.slice(2);
if (!bin || !corpus) {
  console.error('usage: node mcp_client_test.mjs ROLEGRAPH_BIN CORPUS_DIR');
  process.exit(2);
}

let failures = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : `\n     ${detail}`}`);
  if (!ok) failures += 1;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'rolegraph-mcp-'));
const key = 'mcp-test-key-4f1c2a9e7b';
writeFileSync(path.join(dir, 'keys.txt'), `${key}\n`);
const server = spawn(bin, ['serve', '--db', path.join(dir, 'db'), '--corpus', corpus, '--port', '0',
  '--threads', '4', '--api-key-file', path.join(dir, 'keys.txt'), '--require-key-for-reads',
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

async function connect(bearer) {
  const client = new Client({ name: 'rolegraph-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${api}/mcp`), {
    requestInit: { headers: { Authorization: `Bearer ${bearer}` } },
  });
  await client.connect(transport);
  return client;
}

try {
  for (let i = 0; ; i += 1) {
    try { if ((await fetch(`${api}/readyz`)).ok) break; } catch (e) { /* not yet */ }
    if (i > 600) throw new Error('server did not come up');
    await new Promise((r) => setTimeout(r, 100));
  }

  // 1. A wrong key is refused before any MCP message is read.
  let refused = null;
  try {
    const c = await connect('not-the-key');
    await c.close();
  } catch (e) {
    refused = e;
  }
  check(refused !== null && /401/.test(String(refused.code ?? refused.message)),
    'a wrong key is refused with 401', String(refused));

  const client = await connect(key);
  check(client.getServerVersion()?.name === 'rolegraph', 'initialize names the server');
  check(typeof client.getInstructions() === 'string', 'initialize gives instructions');

  // 2. The tools, with schemas.
  const { tools } = await client.listTools();
  const names = tools.map((t) => t.name).sort();
  check(JSON.stringify(names) === JSON.stringify(['ask', 'get_passage', 'get_role', 'list_roles']),
    'tools/list has ask, list_roles, get_role, get_passage', names.join(','));
  check(tools.every((t) => t.inputSchema?.type === 'object' && t.outputSchema?.type === 'object'),
    'every tool has input and output schemas');

  // 3. ask: CTO with the Indonesian citation (the SDK validates the
  // structured content against the tool's outputSchema).
  const asked = await client.callTool({ name: 'ask',
    arguments: { question: 'Who manages vendors for product improvement?' } });
  const first = asked.structuredContent?.answers?.[0];
  check(!asked.isError && first?.role?.id === 'cto', 'ask: first answer is the CTO',
    JSON.stringify(asked).slice(0, 400));
  const cite = first?.citations?.find((c) => c.doc_id === 'cto-vs-cio');
  check(cite !== undefined && /vendor/.test(cite.text) && /\b(juga|dengan|yang)\b/.test(cite.text),
    'ask: cites the Indonesian sentence about vendors', JSON.stringify(first?.citations ?? []).slice(0, 400));
  check(typeof cite?.url === 'string' && cite.url.startsWith(`${api}/docs/cto-vs-cio#s`),
    'ask: the citation links to the document view', cite?.url);
  const text = asked.content?.[0]?.text ?? '';
  check(text.includes('Chief Technology Officer') && text.includes(cite?.text ?? '\u0000'),
    'ask: the text block names the role and quotes the sentence', text.slice(0, 300));

  // 4. get_passage on that citation: the sentence and its neighbours.
  const passage = await client.callTool({ name: 'get_passage',
    arguments: { doc_id: cite?.doc_id ?? 'cto-vs-cio', sentence: cite?.sentence ?? 0, context: 2 } });
  const p = passage.structuredContent;
  check(!passage.isError && p?.text === cite?.text && p.before.length > 0 && p.after.length > 0,
    'get_passage: the cited sentence with context', JSON.stringify(passage).slice(0, 300));

  // 5. list_roles and get_role.
  const roles = await client.callTool({ name: 'list_roles', arguments: { query: 'chief' } });
  check(!roles.isError && roles.structuredContent.roles.some((r) => r.id === 'cto') &&
    roles.structuredContent.roles.every((r) => /chief/i.test(r.name + r.id + (r.aliases ?? []).join(' '))),
    'list_roles: filtered by query', JSON.stringify(roles.structuredContent).slice(0, 300));
  const role = await client.callTool({ name: 'get_role', arguments: { role: 'CTO' } });
  const facts = role.structuredContent?.facts ?? {};
  const someFact = Object.values(facts).flat()[0];
  check(!role.isError && role.structuredContent.id === 'cto' && someFact?.citation?.text,
    'get_role: the CTO by alias, facts with citations', JSON.stringify(role).slice(0, 300));

  // 6. Tool errors the model can read, never a crash.
  const errors = [
    ['ask', { question: '' }, /invalid_question/],
    ['ask', { question: 'who?', top_k: 99 }, /invalid_top_k/],
    ['ask', { question: 'who?', lang: 'fr' }, /invalid_lang/],
    ['ask', { question: 'x '.repeat(1500) }, /question_too_long/],
    ['ask', { question: 'who?', bogus: 1 }, /unknown argument/],
    ['get_role', { role: 'no-such-role-anywhere' }, /not_found/],
    ['get_passage', { doc_id: 'cto-vs-cio', sentence: 1e6 }, /not_found/],
    ['get_passage', { doc_id: 'missing-doc', sentence: 0 }, /not_found/],
    ['list_roles', { limit: 0 }, /invalid_limit/],
  ];
  for (const [name, args, want] of errors) {
    const r = await client.callTool({ name, arguments: args });
    check(r.isError === true && want.test(r.content?.[0]?.text ?? ''),
      `${name} ${JSON.stringify(args).slice(0, 60)} -> tool error ${want}`, JSON.stringify(r).slice(0, 200));
  }
  let unknown = null;
  try { await client.callTool({ name: 'drop_tables', arguments: {} }); } catch (e) { unknown = e; }
  check(unknown?.code === -32602, 'an unknown tool is a protocol error -32602', String(unknown));

  await client.close();
} catch (e) {
  check(false, 'no exception', e.stack ?? String(e));
} finally {
  server.kill('SIGTERM');
}
console.log(failures === 0 ? 'all MCP client checks passed' : `${failures} MCP client checks failed`);
process.exit(failures === 0 ? 0 : 1);
