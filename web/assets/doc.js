// The document view: /docs/{id}#s12 shows the document with sentence 12
// highlighted (and its matched words, from ?hl=b-e,b-e byte offsets
// relative to the sentence).
'use strict';

(() => {
  const { el, appendHighlighted, getJson } = RG;
  const status = document.getElementById('status');
  const title = document.getElementById('doc-title');
  const meta = document.getElementById('doc-meta');
  const container = document.getElementById('doc-text');
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8');

  const id = decodeURIComponent(window.location.pathname.replace(/^\/docs\//, ''));
  const hl = (new URL(window.location.href).searchParams.get('hl') || '')
    .split(',').map((p) => p.split('-').map(Number)).filter((r) => r.length === 2 && r.every(Number.isFinite));

  function targetSentence() {
    const m = /^#s(\d+)$/.exec(window.location.hash);
    return m ? Number(m[1]) : -1;
  }

  function highlightTarget() {
    for (const node of container.querySelectorAll('.sentence.target')) node.classList.remove('target');
    const target = document.getElementById(`s${targetSentence()}`);
    if (!target) return;
    target.classList.add('target');
    target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }

  async function load() {
    status.textContent = 'Loading…';
    try {
      const [doc, sent] = await Promise.all([
        getJson(`/v1/documents/${encodeURIComponent(id)}`),
        getJson(`/v1/documents/${encodeURIComponent(id)}/sentences`),
      ]);
      title.textContent = doc.title || doc.id;
      document.title = `${doc.title || doc.id} · RoleGraph`;
      if (doc.lang) container.setAttribute('lang', doc.lang);
      meta.textContent = `${doc.id} · ${doc.lang || '?'} · ${doc.sentences} sentences` +
        (doc.source ? ` · ${doc.source}` : '');
      const bytes = encoder.encode(doc.text);
      const target = targetSentence();
      let pos = 0;
      const parts = [];
      for (const s of sent.sentences) {
        if (s.start < pos || s.end > bytes.length) continue;
        if (s.start > pos) parts.push(document.createTextNode(decoder.decode(bytes.subarray(pos, s.start))));
        const text = decoder.decode(bytes.subarray(s.start, s.end));
        const span = el('span', { id: `s${s.index}`, class: 'sentence' });
        if (s.index === target) appendHighlighted(span, text, hl);
        else span.textContent = text;
        parts.push(span);
        pos = s.end;
      }
      if (pos < bytes.length) parts.push(document.createTextNode(decoder.decode(bytes.subarray(pos))));
      container.replaceChildren(...parts);
      status.textContent = target >= 0 ? `Sentence ${target} is highlighted.` : '';
      highlightTarget();
    } catch (e) {
      status.textContent = `Error: ${e.message}`;
    }
  }

  window.addEventListener('hashchange', highlightTarget);
  load();
})();
