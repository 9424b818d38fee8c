// The roles page: /roles lists every role; /roles/{id} shows one role's
// responsibilities and relations, grouped by predicate, each with its source.
'use strict';

(() => {
  const { el, docLink, getJson } = RG;
  const status = document.getElementById('status');
  const heading = document.getElementById('roles-title');
  const container = document.getElementById('roles');
  const id = decodeURIComponent(window.location.pathname.replace(/^\/roles\/?/, ''));

  async function list() {
    const body = await getJson('/v1/roles');
    const ul = el('ul', { class: 'role-list' });
    for (const r of body.roles) {
      const aliases = (r.aliases || []).filter((x) => x !== r.name).slice(0, 3);
      ul.append(el('li', {},
        el('a', { href: `/roles/${encodeURIComponent(r.id)}`, text: r.name }),
        aliases.length ? el('span', { class: 'aliases', text: ` (${aliases.join(', ')})` }) : null,
        el('span', { class: 'meta', text: ` · ${r.facts} facts · ${r.mentions} mentions` })));
    }
    container.replaceChildren(ul);
    status.textContent = `${body.roles.length} roles.`;
  }

  async function detail() {
    const r = await getJson(`/v1/roles/${encodeURIComponent(id)}`);
    heading.textContent = r.name;
    document.title = `${r.name} · RoleGraph`;
    const aliases = (r.aliases || []).filter((x) => x !== r.name);
    const parts = [];
    if (aliases.length) parts.push(el('p', { class: 'meta', text: `Also: ${aliases.join(', ')}` }));
    const dl = el('dl', { class: 'facts' });
    for (const [predicate, facts] of Object.entries(r.facts || {})) {
      dl.append(el('dt', { text: predicate.replace(/_/g, ' ') }));
      for (const f of facts) {
        const dd = el('dd', {});
        if (f.object_role_id) dd.append(el('a', { href: `/roles/${encodeURIComponent(f.object_role_id)}`, text: f.object }));
        else dd.append(f.object);
        if (f.citation) {
          dd.append(' ', el('a', { class: 'source', href: docLink('', f.citation),
            text: `(${f.citation.title || f.citation.doc_id}, sentence ${f.citation.sentence})` }));
        }
        dl.append(dd);
      }
    }
    parts.push(dl);
    parts.push(el('p', {}, el('a', { href: '/roles', text: 'All roles' })));
    container.replaceChildren(...parts);
    status.textContent = `${Object.keys(r.facts || {}).length} kinds of facts.`;
  }

  (id ? detail() : list()).catch((e) => { status.textContent = `Error: ${e.message}`; });
})();
