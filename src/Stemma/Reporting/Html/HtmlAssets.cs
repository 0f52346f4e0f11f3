namespace Stemma.Reporting.Html;

/// <summary>The page's inline style sheet and script: no file or network is needed to read the report.</summary>
internal static class HtmlAssets
{
    public const string Css = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232a; margin: 0; background: #f6f5f1; }
header { background: #22313f; color: #fff; padding: 14px 28px; }
header h1 { margin: 0; font-size: 22px; letter-spacing: .02em; }
header .summary { margin: 2px 0 0; color: #c9d3dc; }
header nav a { color: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 8px 24px 48px; }
section.story { background: #fff; border: 1px solid #ddd8cc; border-radius: 8px; padding: 6px 22px 20px; margin: 20px 0; }
h2.headline { font-family: Georgia, "Times New Roman", serif; font-size: 24px; margin: 14px 0 10px; }
h3 { margin: 22px 0 6px; font-size: 16px; text-transform: uppercase; letter-spacing: .06em; color: #5a6570; }
.muted { color: #6b7580; }
table.documents { border-collapse: collapse; width: 100%; font-size: 13.5px; }
table.documents th, table.documents td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee9df; vertical-align: top; }
table.documents th { color: #5a6570; font-weight: 600; }
figure.stemma { margin: 0; overflow-x: auto; }
figure.stemma figcaption { font-size: 13px; color: #5a6570; }
.stemma-graph .node rect { fill: #fdfbf6; stroke: #22313f; stroke-width: 1.4; }
.stemma-graph .node.independent rect { stroke-dasharray: 5 4; stroke: #8a949e; }
.stemma-graph .node .label { font: 600 13px system-ui, sans-serif; fill: #1d232a; }
.stemma-graph .node .sub { font: 11px system-ui, sans-serif; fill: #6b7580; }
.stemma-graph .edge { fill: none; stroke-width: 2; stroke: #555; }
.k-identical, .stemma-graph .edge.k-identical { stroke: #7a7a7a; color: #7a7a7a; }
.k-near-duplicate, .stemma-graph .edge.k-near-duplicate { stroke: #2f6fb0; color: #2f6fb0; }
.k-edition, .stemma-graph .edge.k-edition { stroke: #2e8b57; color: #2e8b57; }
.k-partial-reuse, .stemma-graph .edge.k-partial-reuse { stroke: #b8860b; color: #b8860b; }
.k-rewrite, .stemma-graph .edge.k-rewrite { stroke: #b03a2e; color: #b03a2e; }
.stemma-graph .edge.k-rewrite, .stemma-graph .edge.k-partial-reuse { stroke-dasharray: 7 4; }
.key { font-weight: 600; }
details.evidence, details.apparatus { font-size: 13.5px; margin: 8px 0; }
details summary { cursor: pointer; color: #2f6fb0; }
.canonical { white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size: 16px; line-height: 1.6; background: #fdfbf6; border-left: 3px solid #d8cfb8; padding: 10px 16px; }
mark.variant { background: #ffe58a; cursor: pointer; border-radius: 2px; }
mark.variant.cut { background: transparent; border-bottom: 2px dotted #b8860b; }
mark.variant.empty { background: #f3c6c0; padding: 0 2px; }
mark.variant:focus, mark.variant.active { outline: 2px solid #2f6fb0; }
.apparatus ol li { margin: 2px 0; }
.apparatus li.active { background: #fff3c4; }
.sigla { color: #6b7580; font-style: italic; }
.popup { position: absolute; z-index: 10; max-width: 460px; background: #fff; border: 1px solid #b9b2a0; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px 12px; font-size: 13.5px; }
.popup ul { margin: 4px 0; padding-left: 18px; }
.compare .pickers { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin: 6px 0; }
.compare select { font: inherit; padding: 2px 4px; }
.legend > * { margin-right: 6px; padding: 0 4px; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.side h4 { margin: 6px 0; font-size: 14px; }
.side .body { white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size: 14.5px; line-height: 1.55; border: 1px solid #eee9df; padding: 8px 12px; max-height: 640px; overflow-y: auto; }
.same { color: #1d232a; }
del.dropped { background: #f8d3cf; color: #7d1d12; text-decoration: line-through; text-decoration-color: rgba(125,29,18,.45); }
ins.added { background: #cfeed7; color: #17572b; text-decoration: none; }
.quote-family { border-left: 3px solid #d8d2c4; padding: 4px 12px; margin: 10px 0; }
.quote-family.flagged { border-left-color: #c0392b; }
.quote-family .speaker { margin: 2px 0 4px; }
.quote-family table.variants { border-collapse: collapse; width: 100%; font-size: 14px; }
.quote-family table.variants td { padding: 3px 8px; vertical-align: top; border-top: 1px solid #eee9dc; }
.quote-family tr.head td.wording { font-weight: 600; }
.quote-family td.carried { width: 32%; color: #555; font-size: 13px; }
.quote-family ul.flags { margin: 6px 0; padding-left: 18px; color: #8b1e12; font-size: 13.5px; }
.changed { background: #ffe9a8; }
.moved { background: #dcd3f5; }
.errors { color: #7d1d12; }
""";

    public const string Script = """
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('stemma-data').textContent);
  var popup = document.getElementById('popup');

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }

  // Canonical text: a marked place shows every reading with its witnesses.
  function showReadings(mark) {
    document.querySelectorAll('mark.variant.active, .apparatus li.active').forEach(function (e) { e.classList.remove('active'); });
    mark.classList.add('active');
    var collation = mark.closest('.collation');
    var item = document.getElementById('app-' + collation.dataset.collation + '-' + mark.dataset.v);
    if (item) { item.classList.add('active'); }
    var lines = mark.getAttribute('title').split('\n');
    popup.innerHTML = '<b>Readings</b><ul>' + lines.map(function (l) { return '<li>' + escapeHtml(l) + '</li>'; }).join('') + '</ul>';
    var r = mark.getBoundingClientRect();
    popup.style.left = (window.scrollX + r.left) + 'px';
    popup.style.top = (window.scrollY + r.bottom + 6) + 'px';
    popup.hidden = false;
  }
  document.addEventListener('click', function (e) {
    var mark = e.target.closest && e.target.closest('mark.variant');
    if (mark) { showReadings(mark); } else if (!popup.contains(e.target)) { popup.hidden = true; }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && e.target.matches && e.target.matches('mark.variant')) { showReadings(e.target); }
    if (e.key === 'Escape') { popup.hidden = true; }
  });

  // Side by side: any two versions, marked from the embedded pair data.
  var swap = { added: 'dropped', dropped: 'added' };
  function render(text, runs, swapped) {
    var html = '', at = 0;
    runs.forEach(function (run) {
      var kind = swapped && swap[run[2]] ? swap[run[2]] : run[2];
      html += escapeHtml(text.slice(at, run[0]));
      var inner = escapeHtml(text.slice(run[0], run[1]));
      if (kind === 'dropped') { html += '<del class="dropped">' + inner + '</del>'; }
      else if (kind === 'added') { html += '<ins class="added">' + inner + '</ins>'; }
      else { html += '<span class="' + kind + '">' + inner + '</span>'; }
      at = run[1];
    });
    return html + escapeHtml(text.slice(at));
  }
  document.querySelectorAll('.compare').forEach(function (box) {
    var story = data.stories.filter(function (s) { return s.id === box.dataset.story; })[0];
    var left = box.querySelector('.pick-left'), right = box.querySelector('.pick-right');
    var note = box.querySelector('.pair-note');
    function update() {
      var i = +left.value, j = +right.value;
      var a = story.documents[i], b = story.documents[j];
      box.querySelector('.side-left h4').textContent = a.label + (a.title ? ' — ' + a.title : '');
      box.querySelector('.side-right h4').textContent = b.label + (b.title ? ' — ' + b.title : '');
      if (i === j) {
        note.textContent = 'The same version on both sides: choose two different versions.';
        box.querySelector('.side-left .body').innerHTML = escapeHtml(a.text);
        box.querySelector('.side-right .body').innerHTML = escapeHtml(b.text);
        return;
      }
      var lo = Math.min(i, j), hi = Math.max(i, j), pair = story.pairs[lo + '-' + hi], swapped = i > j;
      var relation = pair.kind ? pair.kind + (pair.source ? ', source ' + story.documents.filter(function (d) { return d.id === pair.source; })[0].label : ', no direction') : 'no relation';
      note.textContent = 'Relation: ' + relation + '.';
      box.querySelector('.side-left .body').innerHTML = render(a.text, swapped ? pair.b : pair.a, swapped);
      box.querySelector('.side-right .body').innerHTML = render(b.text, swapped ? pair.a : pair.b, swapped);
    }
    left.addEventListener('change', update);
    right.addEventListener('change', update);
    update();
  });
})();
""";
}
