// The check page: paste or upload, see every figure marked and each relation ✓/✗, ✗ first.
'use strict';
(() => {
  const { el, markedText, checkList, legend, textForm } = NM;
  const $ = (id) => document.getElementById(id);

  textForm('/api/check', 'checking…', (r) => {
    $('status').textContent = '';
    const checks = r.articles.flatMap((a) => a.checks.map((c) => Object.assign({ title: a.title }, c)));
    const entities = r.articles.flatMap((a) => a.entities);
    $('summary').textContent = checks.length + ' checks: ' + r.inconsistent + ' ✗ inconsistent, '
        + r.consistent + ' ✓ consistent';
    $('legend').replaceChildren(legend(['MONEY', 'PERCENT']));
    $('text').replaceChildren(markedText(r.text, 0, r.text.length, entities, checks));
    $('checks').replaceChildren(checks.length ? checkList(checks)
        : el('p', { class: 'note', text: 'No arithmetic relation found that the text makes clear.' }));
    $('result').classList.remove('hidden');
  }, () => $('result').classList.add('hidden'));
})();
