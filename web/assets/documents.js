// The documents page: lists stored documents (GET /v1/documents), uploads
// dropped files (PUT /v1/documents/{id}; the server detects the format from
// the content) and deletes documents, with a write key when one is needed.
'use strict';

(() => {
  const { el, getJson } = RG;
  const status = document.getElementById('status');
  const tbody = document.querySelector('#documents tbody');
  const keyInput = document.getElementById('key');
  const drop = document.getElementById('drop');
  const files = document.getElementById('files');

  // The file extension of the stored source, as its format.
  const formatOf = (source) => {
    const m = /\.([A-Za-z0-9]+)$/.exec(source || '');
    return m ? m[1].toLowerCase() : 'text';
  };
  // A document id from a file name: the stem, unsafe characters as '-'.
  const idOf = (name) => name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '').slice(0, 128);

  function headers(extra) {
    const h = Object.assign({}, extra);
    if (keyInput.value) h.Authorization = `Bearer ${keyInput.value}`;
    return h;
  }

  async function errorOf(res) {
    try {
      const body = await res.json();
      return body.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${res.status}`;
    } catch (e) {
      return `HTTP ${res.status}`;
    }
  }

  async function list() {
    const body = await getJson('/v1/documents');
    const rows = [];
    for (const d of body.documents) {
      const del = el('button', { type: 'button', class: 'delete', text: 'Delete', 'aria-label': `Delete ${d.title || d.id}` });
      del.addEventListener('click', () => remove(d.id));
      rows.push(el('tr', { 'data-id': d.id },
        el('td', {}, el('a', { href: `/docs/${encodeURIComponent(d.id)}`, text: d.title || d.id })),
        el('td', { text: formatOf(d.source) }),
        el('td', { text: d.updated_at ? new Date(d.updated_at * 1000).toISOString().slice(0, 16).replace('T', ' ') : '' }),
        el('td', { text: String(d.sentences) }),
        el('td', {}, del)));
    }
    tbody.replaceChildren(...rows);
    return body.documents.length;
  }

  async function upload(fileList) {
    const done = [];
    for (const file of fileList) {
      const id = idOf(file.name);
      const res = await fetch(`/v1/documents/${encodeURIComponent(id)}?source=${encodeURIComponent(file.name)}`, {
        method: 'PUT', headers: headers({ 'Content-Type': 'application/octet-stream' }), body: file });
      done.push(res.ok ? `${file.name}: ${(await res.json()).outcome}` : `${file.name}: ${await errorOf(res)}`);
    }
    await list();
    status.textContent = done.join('; ');
  }

  async function remove(id) {
    const res = await fetch(`/v1/documents/${encodeURIComponent(id)}`, { method: 'DELETE', headers: headers() });
    status.textContent = res.ok ? `${id}: deleted` : `${id}: ${await errorOf(res)}`;
    await list();
  }

  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    upload(e.dataTransfer.files).catch((err) => { status.textContent = `Error: ${err.message}`; });
  });
  files.addEventListener('change', () => {
    upload(files.files).catch((err) => { status.textContent = `Error: ${err.message}`; });
  });
  list().then((n) => { status.textContent = `${n} documents.`; })
    .catch((e) => { status.textContent = `Error: ${e.message}`; });
})();
