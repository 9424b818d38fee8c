// The Graph page: the org chart from GET /v1/graph?format=svg (laid out on
// the server by Graphviz dot), with pan, zoom and click-through to the role
// pages, plus the roles that have no edge, from GET /v1/graph.
// The SVG is parsed as XML and only shapes, text and /roles/ links are kept.
'use strict';

(() => {
  const { el, getJson } = RG;
  const status = document.getElementById('status');
  const chart = document.getElementById('chart');
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const XLINK_NS = 'http://www.w3.org/1999/xlink';
  let svg = null;
  let full = null;  // the layout's own viewBox {x, y, w, h}
  let view = null;  // the visible part of it

  // Dot writes only shapes, text, titles and our links; anything else
  // (scripts, event handlers, foreign content, other links) is removed.
  function sanitize(root) {
    for (const bad of root.querySelectorAll('script, foreignObject, iframe, image, use, style')) bad.remove();
    for (const node of [root, ...root.querySelectorAll('*')]) {
      for (const attr of [...node.attributes]) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) node.removeAttribute(attr.name);
        if ((name === 'href' || name === 'xlink:href') && !/^\/roles\/[^/]+$/.test(attr.value)) {
          node.removeAttribute(attr.name);
        }
      }
    }
  }

  function apply() {
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  }

  // The whole chart, letterboxed into the box.
  function fit() {
    view = { ...full };
    apply();
  }

  // Zoom by `factor` (>1 closer) keeping the chart point under (px, py),
  // given as fractions of the box, where it is.
  function zoom(factor, px = 0.5, py = 0.5) {
    const rect = chart.getBoundingClientRect();
    const aspect = rect.width / Math.max(1, rect.height);
    // What is actually visible, with preserveAspectRatio's letterboxing.
    const w = Math.max(view.w, view.h * aspect);
    const h = Math.max(view.h, view.w / aspect);
    const cx = view.x + view.w / 2 - w / 2 + px * w;
    const cy = view.y + view.h / 2 - h / 2 + py * h;
    const nw = Math.min(Math.max(w / factor, full.w / 200), full.w * 4);
    const nh = nw / aspect;
    view = { x: cx - px * nw, y: cy - py * nh, w: nw, h: nh };
    apply();
  }

  function pan(dxPixels, dyPixels) {
    const rect = chart.getBoundingClientRect();
    const scale = Math.max(view.w / rect.width, view.h / rect.height);
    view.x -= dxPixels * scale;
    view.y -= dyPixels * scale;
    apply();
  }

  // Labels are 11 units high; at this many pixels per unit they read.
  const READABLE_SCALE = 1;

  // Shows `node` in the middle at `scale` pixels per chart unit, kept
  // inside the chart where the chart is larger than the box.
  function centerOn(node, scale = READABLE_SCALE) {
    // The node's centre on screen, mapped back through the current view
    // (with preserveAspectRatio's letterboxing) into chart units.
    const rect = chart.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    const aspect = rect.width / Math.max(1, rect.height);
    const vw = Math.max(view.w, view.h * aspect), vh = Math.max(view.h, view.w / aspect);
    const user = {
      x: view.x + view.w / 2 - vw / 2 + (box.left + box.width / 2 - rect.left) / rect.width * vw,
      y: view.y + view.h / 2 - vh / 2 + (box.top + box.height / 2 - rect.top) / rect.height * vh,
    };
    const w = rect.width / scale, h = rect.height / scale;
    // A chart smaller than the box is centred in it; a larger one is kept
    // covering the box.
    const clamp = (v, lo, size, span) => (span <= size ? lo + (span - size) / 2 : Math.min(Math.max(v, lo), lo + span - size));
    view = { x: clamp(user.x - w / 2, full.x, w, full.w), y: clamp(user.y - h / 2, full.y, h, full.h), w, h };
    apply();
  }

  // The whole chart when its labels can be read that way; otherwise the
  // busiest role (most edges: usually the top of the organisation) at a
  // readable size, with Fit a click away.
  function initialView() {
    fit();
    const rect = chart.getBoundingClientRect();
    if (Math.min(rect.width / full.w, rect.height / full.h) >= READABLE_SCALE * 0.8) return;
    const degree = new Map();
    for (const t of svg.querySelectorAll('g.edge > title')) {
      for (const id of t.textContent.split('->')) degree.set(id, (degree.get(id) || 0) + 1);
    }
    let best = null, most = -1;
    for (const n of svg.querySelectorAll('g.node')) {
      const d = degree.get(n.querySelector('title')?.textContent) || 0;
      if (d > most) { best = n; most = d; }
    }
    if (best) centerOn(best);
  }

  function wire() {
    chart.addEventListener('wheel', (e) => {
      e.preventDefault();
      const rect = chart.getBoundingClientRect();
      zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2, (e.clientX - rect.left) / rect.width, (e.clientY - rect.top) / rect.height);
    }, { passive: false });

    // Drag to pan, also when the drag starts on a role: its link must not
    // be dragged away as a URL, nor opened when the drag ends on it.
    chart.addEventListener('dragstart', (e) => e.preventDefault());
    let drag = null;
    chart.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      drag = { x: e.clientX, y: e.clientY, moved: 0, id: e.pointerId };
    });
    chart.addEventListener('pointermove', (e) => {
      if (!drag || e.pointerId !== drag.id) return;
      const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      drag.moved += Math.abs(dx) + Math.abs(dy);
      if (drag.moved > 4) {
        if (!chart.classList.contains('dragging')) {
          chart.classList.add('dragging');
          chart.setPointerCapture(e.pointerId);
        }
        pan(dx, dy);
      }
      drag.x = e.clientX;
      drag.y = e.clientY;
    });
    const end = () => {
      chart.classList.remove('dragging');
      setTimeout(() => { drag = null; }, 0);
    };
    chart.addEventListener('pointerup', end);
    chart.addEventListener('pointercancel', end);
    chart.addEventListener('click', (e) => {
      if (drag && drag.moved > 4) { e.preventDefault(); e.stopPropagation(); }
    }, true);

    chart.addEventListener('keydown', (e) => {
      const step = 60;
      const keys = {
        ArrowLeft: () => pan(step, 0), ArrowRight: () => pan(-step, 0),
        ArrowUp: () => pan(0, step), ArrowDown: () => pan(0, -step),
        '+': () => zoom(1.25), '=': () => zoom(1.25), '-': () => zoom(0.8), '0': fit,
      };
      if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
    });
    document.getElementById('zoom-in').addEventListener('click', () => zoom(1.25));
    document.getElementById('zoom-out').addEventListener('click', () => zoom(0.8));
    document.getElementById('zoom-fit').addEventListener('click', fit);

    const find = document.getElementById('find-role');
    find.addEventListener('change', () => {
      const wanted = find.value.trim().toLowerCase();
      if (!wanted) return;
      for (const n of svg.querySelectorAll('g.node.found')) n.classList.remove('found');
      const hit = [...svg.querySelectorAll('g.node')].find((n) => {
        const a = n.querySelector('a');
        const label = (a && (a.getAttributeNS(XLINK_NS, 'title') || a.getAttribute('xlink:title'))) || '';
        return label.toLowerCase() === wanted || (n.querySelector('title')?.textContent || '').toLowerCase() === wanted;
      });
      if (!hit) { status.textContent = `No role "${find.value}" in the chart.`; return; }
      hit.classList.add('found');
      centerOn(hit);
      status.textContent = `Showing ${find.value}.`;
    });
  }

  async function load() {
    status.textContent = 'Laying out the chart…';
    const [res, graph] = await Promise.all([fetch('/v1/graph?format=svg'), getJson('/v1/graph')]);
    const text = await res.text();
    if (!res.ok) {
      let message = `HTTP ${res.status}`;
      try { message = JSON.parse(text).error.message; } catch (e) { /* not JSON */ }
      throw new Error(message);
    }
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.namespaceURI !== SVG_NS || root.localName !== 'svg') throw new Error('the chart is not SVG');
    sanitize(root);
    svg = document.importNode(root, true);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Org chart');
    const [x, y, w, h] = (svg.getAttribute('viewBox') || '0 0 100 100').split(/[\s,]+/).map(Number);
    full = { x, y, w, h };
    chart.replaceChildren(svg);
    initialView();
    wire();

    const connected = new Set();
    for (const e of graph.edges) { connected.add(e.source); connected.add(e.target); }
    const names = document.getElementById('role-names');
    for (const n of graph.nodes) if (connected.has(n.id)) names.append(el('option', { value: n.name || n.id }));
    const loose = graph.nodes.filter((n) => !connected.has(n.id));
    const list = document.getElementById('loose');
    for (const n of loose) {
      list.append(el('li', {}, el('a', { href: `/roles/${encodeURIComponent(n.id)}`, text: n.name || n.id })));
    }
    document.getElementById('loose-title').hidden = loose.length === 0;
    status.textContent = `${connected.size} roles and bodies with ${graph.edges.length} edges` +
      (loose.length ? `; ${loose.length} more without edges are listed below.` : '.');
  }

  load().catch((e) => { status.textContent = `Error: ${e.message}`; });
})();
