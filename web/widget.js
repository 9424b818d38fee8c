// RoleGraph ask widget for any intranet page:
//   <script src="http://HOST:8080/widget.js" data-endpoint="http://HOST:8080"></script>
// Renders an ask box inside a shadow DOM (the page's CSS cannot break it, ours
// cannot leak). The page's origin must be allowed with `serve --cors-origin`.
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script) return;
  const endpoint = (script.dataset.endpoint || new URL(script.src).origin).replace(/\/+$/, '');
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8');

  const host = document.createElement('div');
  host.className = 'rolegraph-widget';
  script.after(host);
  const root = host.attachShadow({ mode: 'open' });

  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; display: block; font: 15px/1.5 system-ui, sans-serif; color: #1b1f24; }
    form { display: flex; gap: .4rem; flex-wrap: wrap; }
    label { flex: 1 1 100%; font-weight: 600; }
    input { flex: 1 1 12rem; min-width: 0; font: inherit; padding: .4rem; border: 1px solid #57606a; border-radius: 5px; }
    button { font: inherit; padding: .4rem .9rem; border: 0; border-radius: 5px; background: #0b5cad; color: #fff; }
    input:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
    .answer { border-top: 1px solid #d0d7de; margin-top: .5rem; padding-top: .4rem; }
    .role { font-weight: 600; }
    .muted { color: #57606a; }
    blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #d0d7de; overflow-wrap: anywhere; }
    mark { background: #ffe58a; color: inherit; }
    a { color: #0b5cad; }`;

  const id = `rg-q-${Math.random().toString(36).slice(2)}`;
  const form = document.createElement('form');
  form.setAttribute('role', 'search');
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = 'Ask RoleGraph';
  const input = document.createElement('input');
  input.id = id;
  input.type = 'search';
  input.required = true;
  input.maxLength = 2000;
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Ask';
  form.append(label, input, button);
  const out = document.createElement('div');
  out.className = 'results';
  out.setAttribute('aria-live', 'polite');
  root.append(style, form, out);

  function text(tag, value, cls) {
    const node = document.createElement(tag);
    node.textContent = value;
    if (cls) node.className = cls;
    return node;
  }

  // Highlights are UTF-8 byte offsets; cut the bytes, then decode each piece.
  function highlighted(parent, value, ranges) {
    const bytes = encoder.encode(value);
    let pos = 0;
    for (const [b, e] of [...(ranges || [])].sort((x, y) => x[0] - y[0])) {
      if (b < pos || e > bytes.length || b >= e) continue;
      parent.append(decoder.decode(bytes.subarray(pos, b)), text('mark', decoder.decode(bytes.subarray(b, e))));
      pos = e;
    }
    parent.append(decoder.decode(bytes.subarray(pos)));
    return parent;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    out.replaceChildren(text('p', 'Searching…', 'muted'));
    try {
      const res = await fetch(`${endpoint}/v1/ask`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question, top_k: 1 }),
      });
      const body = await res.json();
      if (!res.ok) throw new Error(body.error ? body.error.message : `HTTP ${res.status}`);
      if (body.abstained || !body.answers.length) {
        out.replaceChildren(text('p', 'No answer: the documents do not say.', 'muted'));
        return;
      }
      const nodes = body.answers.map((a) => {
        const div = document.createElement('div');
        div.className = 'answer';
        div.append(text('span', a.role.name, 'role'),
          text('span', ` · confidence ${Math.round(a.confidence * 100)}%`, 'muted'));
        for (const c of a.citations || []) {
          const quote = highlighted(document.createElement('blockquote'), c.text, c.highlights);
          const link = text('a', c.title || c.doc_id);
          link.href = `${endpoint}/docs/${encodeURIComponent(c.doc_id)}#s${c.sentence}`;
          link.target = '_blank';
          link.rel = 'noopener';
          div.append(quote, link);
        }
        return div;
      });
      out.replaceChildren(...nodes);
    } catch (e) {
      // A refused CORS request arrives here as a TypeError with no details.
      out.replaceChildren(text('p', 'RoleGraph cannot be reached from this page.', 'muted'));
    }
  });
})();
