// The ask page: question box, answers with role, confidence and cited
// passages whose matched words are highlighted.
'use strict';

(() => {
  const { el, appendHighlighted, docLink, getJson, percent } = RG;
  const form = document.getElementById('ask-form');
  const input = document.getElementById('question');
  const status = document.getElementById('status');
  const results = document.getElementById('results');

  function renderCitation(c) {
    const quote = el('blockquote', { class: 'citation', lang: '' });
    quote.append(appendHighlighted(el('p'), c.text, c.highlights));
    quote.append(el('p', { class: 'source' },
      el('a', { href: docLink('', c), text: `${c.title || c.doc_id}, sentence ${c.sentence}` })));
    return quote;
  }

  function renderAnswer(a, i) {
    const aliases = (a.role.aliases || []).filter((x) => x !== a.role.name).slice(0, 3);
    const heading = el('h2', { id: `answer-${i}` },
      el('a', { href: `/roles/${encodeURIComponent(a.role.id)}`, text: a.role.name }));
    if (aliases.length) heading.append(' ', el('span', { class: 'aliases', text: `(${aliases.join(', ')})` }));
    const article = el('article', { class: 'answer', 'aria-labelledby': `answer-${i}` }, heading,
      el('p', { class: 'confidence', text: `Confidence ${percent(a.confidence)}` }));
    for (const c of a.citations || []) article.append(renderCitation(c));
    return article;
  }

  async function ask(question) {
    results.replaceChildren();
    status.textContent = 'Searching…';
    try {
      const body = await getJson('/v1/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question, top_k: 3 }),
      });
      if (body.abstained || !body.answers.length) {
        status.textContent = 'No answer: the documents do not say.';
        return;
      }
      status.textContent = `${body.answers.length} answer${body.answers.length > 1 ? 's' : ''}.`;
      results.replaceChildren(...body.answers.map(renderAnswer));
    } catch (e) {
      status.textContent = `Error: ${e.message}`;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    const url = new URL(window.location.href);
    url.searchParams.set('q', question);
    history.pushState(null, '', url);
    ask(question);
  });

  function fromUrl() {
    const q = new URL(window.location.href).searchParams.get('q');
    if (q) { input.value = q; ask(q); } else { results.replaceChildren(); status.textContent = ''; }
  }
  window.addEventListener('popstate', fromUrl);
  fromUrl();
})();
