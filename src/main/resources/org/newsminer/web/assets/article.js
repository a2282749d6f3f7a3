// The article page: the stored text with every entity highlighted by type, its checks beside it.
'use strict';
(async () => {
  const { el, api, showError, markedText, checkList, legend } = NM;
  const $ = (id) => document.getElementById(id);
  const id = decodeURIComponent(location.pathname.slice('/article/'.length));
  let a;
  try {
    a = await api('/api/articles/' + encodeURIComponent(id));
  } catch (e) {
    showError($('message'), e);
    return;
  }
  document.title = (a.title || 'Article') + ' · newsminer';
  $('title').textContent = a.title || '(untitled)';
  $('source').textContent = a.source + ' #' + a.article + ' · characters ' + a.start + '–' + a.end
      + ' of the page file · ' + a.entities.length + ' entities';
  $('legend').replaceChildren(legend());
  $('text').replaceChildren(markedText(a.text, 0, a.text.length, a.entities, a.checks));
  $('checks').replaceChildren(a.checks.length ? checkList(a.checks)
      : el('p', { class: 'note', text: 'No arithmetic relation stated in this article.' }));
})();
