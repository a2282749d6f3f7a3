// Shared by every page. Text from articles and users only ever reaches the page through
// textContent, title and value (never innerHTML), so it is shown as text, whatever it holds.
'use strict';
const NM = (() => {
  /** An element with attributes (props) and children (strings become text nodes). */
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** A JSON API call; rejects with the server's one-line message. */
  async function api(url, options) {
    let resp;
    try {
      resp = await fetch(url, options);
    } catch (e) {
      throw new Error('the server does not answer (is newsminer serve still running?)');
    }
    const body = await resp.json().catch(() => null);
    if (!resp.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + resp.status);
    return body;
  }

  function showError(where, err) {
    where.replaceChildren(el('p', { class: 'error', role: 'alert', text: err.message || String(err) }));
  }

  /** A decimal string without float noise: 1872081300 → "18.72亿元". */
  function yuan(v) {
    const n = Number(v);
    const abs = Math.abs(n);
    const fmt = (x) => (Math.round(x * 100) / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2, useGrouping: false });
    if (abs >= 1e8) return fmt(n / 1e8) + '亿元';
    if (abs >= 1e4) return fmt(n / 1e4) + '万元';
    return fmt(n) + '元';
  }

  const TYPE_NAMES = { MONEY: '金额 money', PERCENT: '百分比 percent', PLACE: '地名 place', PROGRAM: '项目/政策 program' };

  /** What hovering an entity shows: its normalized value, place path and code, program kind. */
  function describe(e) {
    switch (e.type) {
      case 'MONEY': {
        const cur = e.currency === 'CNY' ? yuan(e.value) : e.value + ' ' + e.currency;
        const range = e.min !== undefined ? ' (range ' + e.min + '–' + e.max + ')' : '';
        return e.text + ' = ' + cur + range + '  · value ' + e.value + ' ' + e.currency + ' · ' + e.qualifier;
      }
      case 'PERCENT':
        return e.text + ' = ' + e.value + (e.unit === 'POINTS' ? ' percentage points' : '%') + ' · ' + e.qualifier;
      case 'PLACE':
        return e.name + ' · ' + e.level + (e.path && e.path.length ? ' · ' + e.path.join(' › ') : '')
            + (e.code ? ' · code ' + e.code : '');
      case 'PROGRAM':
        return e.name + ' · ' + e.kind;
      case 'FIGURE':
        return e.text + ' · a figure of a check';
      default:
        return e.text;
    }
  }

  /** A legend of the entity colours. */
  function legend(types) {
    return el('p', { class: 'legend' }, (types || Object.keys(TYPE_NAMES)).map(
        (t) => el('span', { class: 'chip ' + t.toLowerCase(), text: TYPE_NAMES[t] })));
  }

  /**
   * text[from, to) with every entity (offsets into text) wrapped in a coloured span whose title describes
   * it; spans of checks are outlined (red for an inconsistent one).
   */
  function markedText(text, from, to, entities, checks) {
    const box = el('div', { class: 'text' });
    const inCheck = new Map();
    for (const c of checks || []) {
      for (const [s, e] of c.spans) {
        const bad = c.verdict !== 'CONSISTENT';
        if (bad || !inCheck.has(s + ':' + e)) inCheck.set(s + ':' + e, bad);
      }
    }
    // Figures of a check that are no entity (counts: 14143人, 26个) are marked too.
    const known = new Set((entities || []).map((e) => e.start + ':' + e.end));
    const figures = [...inCheck.keys()].filter((k) => !known.has(k)).map((k) => {
      const [s, e] = k.split(':').map(Number);
      return { type: 'FIGURE', start: s, end: e, text: text.slice(s, e) };
    });
    const sorted = (entities || []).concat(figures).filter((e) => e.start >= from && e.end <= to)
        .sort((a, b) => a.start - b.start || b.end - a.end);
    let p = from;
    for (const e of sorted) {
      if (e.start < p) continue; // nested or overlapping: the outer one is shown
      box.append(text.slice(p, e.start));
      let cls = 'ent ' + e.type.toLowerCase();
      const key = e.start + ':' + e.end;
      if (inCheck.has(key)) cls += inCheck.get(key) ? ' in-bad-check' : ' in-check';
      box.append(el('span', { class: cls, title: describe(e), 'data-type': e.type }, text.slice(e.start, e.end)));
      p = e.end;
    }
    box.append(text.slice(p, to));
    return box;
  }

  /** A sentence with figures between 【 and 】 as marked text (the brackets become the marks). */
  function sentence(s) {
    const out = el('div', { class: 'sentence' });
    const parts = s.split(/[【】]/);
    parts.forEach((part, i) => out.append(i % 2 === 1 ? el('mark', {}, part) : part));
    return out;
  }

  /** The checks as a list, ✗ (inconsistent) first. */
  function checkList(checks, title) {
    const sorted = [...checks].sort((a, b) => (a.verdict === 'CONSISTENT') - (b.verdict === 'CONSISTENT'));
    return el('ul', { class: 'checks' }, sorted.map((c) => {
      const ok = c.verdict === 'CONSISTENT';
      return el('li', { class: ok ? 'good' : 'bad', 'data-verdict': c.verdict },
          el('div', {}, el('span', { class: 'verdict', text: (ok ? '✓ ' : '✗ ') + c.verdict }), ' ', c.kind,
              title ? el('span', { class: 'meta', text: ' · ' + title }) : null),
          c.explanation ? el('div', { text: c.explanation }) : null,
          c.arithmetic ? el('div', { class: 'arith', text: c.arithmetic }) : null,
          c.sentence ? sentence(c.sentence) : null,
          el('div', { class: 'meta', text: 'figures: ' + c.numbers.join(', ') + ' · stated ' + c.stated
              + ', computed ' + c.computed }));
    }));
  }

  /** Reads an uploaded file as bytes; the server decodes UTF-8 or GBK. */
  async function postFileOrText(url, fileInput, textarea) {
    const file = fileInput && fileInput.files && fileInput.files[0];
    if (file && file.size > 1048576) throw new Error('file too large: at most 1 MB (1048576 bytes)');
    const body = file ? await file.arrayBuffer() : textarea.value;
    const type = file ? 'text/plain' : 'text/plain; charset=utf-8';
    return api(url, { method: 'POST', headers: { 'Content-Type': type }, body });
  }

  /**
   * Wires a paste-or-upload page (#input, #file, #run, #status, #message): posts the text or file to
   * url and hands the answer to render; the text box then shows the text the server read.
   */
  function textForm(url, busy, render, onError) {
    const $ = (id) => document.getElementById(id);
    async function run() {
      $('message').replaceChildren();
      $('status').textContent = busy;
      let r;
      try {
        r = await postFileOrText(url, $('file'), $('input'));
      } catch (e) {
        $('status').textContent = '';
        if (onError) onError();
        showError($('message'), e);
        return;
      }
      $('file').value = '';
      $('input').value = r.text;
      render(r);
    }
    $('run').addEventListener('click', run);
    $('file').addEventListener('change', run);
  }

  return { el, api, showError, yuan, describe, legend, markedText, sentence, checkList, postFileOrText, textForm };
})();
