// The check page: paste or upload, see every figure marked and each relation ✓/✗, ✗ first.
'use strict';
(() => {
  const { el, showError, markedText, checkList, legend, postFileOrText } = NM;
  const $ = (id) => document.getElementById(id);

  async function run() {
    $('message').replaceChildren();
    $('status').textContent = 'checking…';
    let r;
    try {
      r = await postFileOrText('/api/check', $('file'), $('input'));
    } catch (e) {
      $('status').textContent = '';
      $('result').classList.add('hidden');
      showError($('message'), e);
      return;
    }
    $('file').value = '';
    $('input').value = r.text;
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
  }

  $('run').addEventListener('click', run);
  $('file').addEventListener('change', run);
})();
