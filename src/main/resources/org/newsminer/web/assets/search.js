// The search page: its state lives in the URL (/?q=脱贫&place=拉萨), so a search can be bookmarked.
'use strict';
(() => {
  const { el, api, showError, yuan } = NM;
  const FIELDS = ['q', 'place', 'program', 'moneyMin', 'moneyMax', 'percentMin', 'percentMax'];
  const LIMIT = 10;
  const $ = (id) => document.getElementById(id);
  const charts = {};
  /** The facets of the search on screen, kept while paging through it. */
  let shown = { key: null, facets: null, placePath: [] };

  function stateFromUrl() {
    const u = new URLSearchParams(location.search);
    const s = {};
    for (const f of FIELDS) s[f] = u.get(f) || '';
    s.offset = Math.max(0, parseInt(u.get('offset') || '0', 10) || 0);
    return s;
  }

  function query(s, withOffset) {
    const u = new URLSearchParams();
    for (const f of FIELDS) if (s[f]) u.set(f, s[f]);
    if (withOffset && s.offset) u.set('offset', s.offset);
    return u.toString();
  }

  function fillForm(s) {
    for (const f of FIELDS) $(f).value = s[f];
  }

  function go(s) {
    const qs = query(s, true);
    history.pushState(null, '', qs ? '/?' + qs : '/');
    run(s);
  }

  function set(changes) {
    const s = stateFromUrl();
    Object.assign(s, changes, { offset: 0 });
    fillForm(s);
    go(s);
  }

  async function run(s) {
    $('message').replaceChildren(el('p', { class: 'note', text: 'searching…' }));
    const key = query(s, false);
    const paging = key === shown.key;
    let r;
    try {
      r = await api('/api/search?' + query(s, true) + '&limit=' + LIMIT + (paging ? '&facets=0' : ''));
      // Without facets Lucene stops counting past 1000 hits: the first page's exact total stands.
      if (paging) Object.assign(r, { facets: shown.facets, placePath: shown.placePath, total: shown.total, totalExact: shown.totalExact });
      else shown = { key, facets: r.facets, placePath: r.placePath, total: r.total, totalExact: r.totalExact };
    } catch (e) {
      showError($('message'), e);
      $('hits').replaceChildren();
      $('total').textContent = '';
      return;
    }
    $('message').replaceChildren();
    render(s, r);
  }

  function render(s, r) {
    $('total').textContent = (r.totalExact ? '' : '≥ ') + r.total.toLocaleString() + (r.total === 1 ? ' article' : ' articles') + ' 篇';
    const active = FIELDS.filter((f) => s[f]).map((f) => f + ': ' + s[f]);
    $('filters').textContent = active.length ? active.join(' · ') : 'the whole archive';
    $('csv').setAttribute('href', '/api/search.csv?' + query(s, false));
    $('hits').replaceChildren(...r.hits.map(hit));
    if (r.hits.length === 0) $('hits').append(el('li', { class: 'note', text: 'No article matches.' }));
    const from = r.offset + 1;
    const to = r.offset + r.hits.length;
    $('page').textContent = r.hits.length ? from + '–' + to + ' of ' + r.total.toLocaleString() : '';
    $('pager').classList.toggle('hidden', r.offset === 0 && r.total <= LIMIT);
    $('prev').disabled = r.offset === 0;
    $('next').disabled = to >= r.total || to >= 10000;
    $('prev').onclick = () => go(Object.assign(stateFromUrl(), { offset: Math.max(0, r.offset - LIMIT) }));
    $('next').onclick = () => go(Object.assign(stateFromUrl(), { offset: r.offset + LIMIT }));
    placeTree(r.facets.places, r.placePath);
    programTree(r.facets.programs);
    placeChart(r.facets.places, r.placePath);
    moneyChart(r.facets.money || []);
  }

  function hit(h) {
    const snippet = el('div', {});
    let p = 0;
    for (const [a, b] of h.matches) {
      snippet.append(h.snippet.slice(p, a), el('mark', {}, h.snippet.slice(a, b)));
      p = b;
    }
    snippet.append(h.snippet.slice(p));
    return el('li', { class: 'hit' },
        el('a', { class: 'title', href: '/article/' + encodeURIComponent(h.id), text: h.title || '(untitled)' }),
        el('div', { class: 'meta', text: h.source + ' #' + h.article }),
        snippet,
        el('div', {},
            h.places.slice(0, 8).map((x) => el('span', { class: 'chip place', text: x })),
            h.programs.slice(0, 5).map((x) => el('span', { class: 'chip program', text: x })),
            h.money.slice(0, 6).map((x) => el('span', { class: 'chip money', text: yuan(x) }))));
  }

  function placeTree(nodes, focus) {
    const box = $('places');
    if (!nodes.length) {
      box.replaceChildren(el('p', { class: 'note', text: 'No places in these articles.' }));
      return;
    }
    const list = (ns, depth) => el('ul', {}, ns.map((n) => el('li', { class: focus[depth] === n.label ? 'focus' : '' },
        el('a', { onclick: () => set({ place: n.label }), text: n.label }),
        el('span', { class: 'count', text: String(n.count) }),
        n.children ? list(n.children, depth + 1) : null)));
    const clear = focus.length ? el('p', {}, el('a', { onclick: () => set({ place: '' }), text: '× all places' })) : null;
    box.replaceChildren(...[clear, list(nodes, 0)].filter(Boolean));
  }

  function programTree(kinds) {
    const box = $('programs');
    if (!kinds.length) {
      box.replaceChildren(el('p', { class: 'note', text: 'No programs in these articles.' }));
      return;
    }
    const s = stateFromUrl();
    const clear = s.program ? el('p', {}, el('a', { onclick: () => set({ program: '' }), text: '× all programs' })) : null;
    box.replaceChildren(...[clear, el('ul', {}, kinds.map((k) => el('li', {},
        el('a', { onclick: () => set({ program: k.label }), text: k.label }),
        el('span', { class: 'count', text: String(k.count) }),
        el('ul', {}, (k.children || []).map((n) => el('li', {},
            el('a', { onclick: () => set({ program: n.label }), text: n.label }),
            el('span', { class: 'count', text: String(n.count) }))))))) ].filter(Boolean));
  }

  /** The level of the tree the chart shows: below the filter's place, past levels with one node. */
  function chartLevel(nodes, focus) {
    let list = nodes;
    for (const label of focus) {
      const n = list.find((x) => x.label === label);
      if (!n) break;
      list = n.children || [n];
    }
    // Past a level one place dominates (西藏自治区 above 中国, 北京市 …): its own places say more.
    while (list.length && list[0].children && list[0].children.length
        && (list.length === 1 || list[0].count >= 2 * list[1].count)) list = list[0].children;
    return list;
  }

  function chart(id, title, labels, values, onClick) {
    const div = $(id);
    if (!window.echarts) {
      div.replaceChildren(el('p', { class: 'note', text: 'Chart library not loaded.' }));
      return;
    }
    const c = charts[id] || (charts[id] = echarts.init(div));
    c.setOption({
      title: { text: title, textStyle: { fontSize: 13 } },
      grid: { left: 40, right: 20, top: 36, bottom: 80 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.join('').length > 24 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: values, itemStyle: { color: id === 'chart-money' ? '#e0a526' : '#3b7dd8' } }],
    }, true);
    c.off('click');
    c.on('click', (p) => onClick(p.dataIndex));
  }

  function placeChart(nodes, focus) {
    const level = chartLevel(nodes, focus).slice(0, 10);
    chart('chart-places', 'Articles by place 按地区', level.map((n) => n.label), level.map((n) => n.count),
        (i) => set({ place: level[i].label }));
  }

  function amount(v) {
    const n = Number(v);
    if (n >= 1e8 && n % 1e8 === 0) return n / 1e8 + '亿';
    if (n >= 1e4 && n % 1e4 === 0) return n / 1e4 + '万';
    return String(v);
  }

  function moneyChart(bands) {
    chart('chart-money', 'Articles by amount named 按金额', bands.map((b) => b.label), bands.map((b) => b.count),
        (i) => set({ moneyMin: bands[i].min !== undefined ? amount(bands[i].min) : '',
          moneyMax: bands[i].max !== undefined ? amount(bands[i].max) : '' }));
  }

  $('form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const s = {};
    for (const f of FIELDS) s[f] = $(f).value.trim();
    s.offset = 0;
    go(s);
  });
  $('clear').addEventListener('click', () => {
    const s = { offset: 0 };
    for (const f of FIELDS) s[f] = '';
    fillForm(s);
    go(s);
  });
  window.addEventListener('popstate', () => {
    const s = stateFromUrl();
    fillForm(s);
    run(s);
  });
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  const initial = stateFromUrl();
  fillForm(initial);
  run(initial);
})();
