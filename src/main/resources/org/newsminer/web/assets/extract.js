// The extract page: every article of a pasted page with its entities highlighted and its checks.
'use strict';
(() => {
  const { el, markedText, checkList, legend, textForm } = NM;
  const $ = (id) => document.getElementById(id);

  textForm('/api/extract', 'extracting…', (r) => {
    $('status').textContent = r.articles.length + (r.articles.length === 1 ? ' article' : ' articles');
    $('legend').replaceChildren(legend());
    $('articles').replaceChildren(...r.articles.map((a) => el('section', { class: 'article' },
        el('h2', { text: '#' + a.article + ' ' + (a.title || '(untitled)') }),
        el('div', { class: 'article-layout' },
            markedText(r.text, a.start, a.end, a.entities, a.checks),
            el('aside', {}, el('h2', { text: 'Checks 核查' }), a.checks.length ? checkList(a.checks)
                : el('p', { class: 'note', text: 'No arithmetic relation stated.' }))))));
  });
})();
