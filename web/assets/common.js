// Shared by the RoleGraph pages. Every piece of server data reaches the page
// through textContent or text nodes, never innerHTML.
'use strict';

const RG = (() => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8');

  // Element with text; children appended in order (strings become text nodes).
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  // The API's offsets count UTF-8 bytes; JavaScript strings count UTF-16
  // units. Cut the text's bytes at every range edge and decode each piece,
  // so "é" (2 bytes) or an emoji (4 bytes) never shifts a highlight.
  // Returns [{text, marked}] covering the whole text.
  function splitByByteRanges(text, ranges) {
    const bytes = encoder.encode(text);
    const cleaned = (ranges || [])
      .map(([b, e]) => [Math.max(0, Math.min(b, bytes.length)), Math.max(0, Math.min(e, bytes.length))])
      .filter(([b, e]) => b < e)
      .sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const r of cleaned) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    const pieces = [];
    let pos = 0;
    for (const [b, e] of merged) {
      if (b > pos) pieces.push({ text: decoder.decode(bytes.subarray(pos, b)), marked: false });
      pieces.push({ text: decoder.decode(bytes.subarray(b, e)), marked: true });
      pos = e;
    }
    if (pos < bytes.length) pieces.push({ text: decoder.decode(bytes.subarray(pos)), marked: false });
    return pieces;
  }

  // Appends `text` to `parent` with the byte ranges wrapped in <mark>.
  function appendHighlighted(parent, text, ranges) {
    for (const piece of splitByByteRanges(text, ranges)) {
      parent.append(piece.marked ? el('mark', { text: piece.text }) : document.createTextNode(piece.text));
    }
    return parent;
  }

  // Link to the document view with the sentence (and its matched words) highlighted.
  function docLink(base, citation) {
    const hl = (citation.highlights || []).map(([b, e]) => `${b}-${e}`).join(',');
    const query = hl ? `?hl=${encodeURIComponent(hl)}` : '';
    return `${base}/docs/${encodeURIComponent(citation.doc_id)}${query}#s${citation.sentence}`;
  }

  async function getJson(url, options) {
    const res = await fetch(url, options);
    let body = null;
    try { body = await res.json(); } catch (e) { /* not JSON */ }
    if (!res.ok) {
      const message = body && body.error ? body.error.message : `HTTP ${res.status}`;
      throw new Error(message);
    }
    return body;
  }

  function percent(x) { return `${Math.round((x || 0) * 100)}%`; }

  return { el, splitByByteRanges, appendHighlighted, docLink, getJson, percent };
})();
