namespace SymConv.Export.Pictures;

/// <summary>
/// The page's script and style, inline: no network, no library. Everything is looked up inside the
/// page's own root element, so several pages can sit in one notebook or be framed side by side.
/// </summary>
internal static class HtmlPageScript
{
    public const string Style = """
.symconv{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;color:#222;max-width:100%;}
.symconv h1{font-size:1.1em;margin:.3em 0;}
.symconv .note{color:#555;font-size:.85em;margin:.2em 0 .6em;}
.symconv .panels{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start;}
.symconv section h2{font-size:.95em;margin:.2em 0;}
.symconv table.grid{border-collapse:collapse;margin:0 8px 8px 0;display:inline-table;vertical-align:top;}
.symconv table.grid caption{font-size:.8em;color:#555;text-align:left;}
.symconv table.grid td{border:1px solid #9ab;min-width:2.2em;height:2.2em;text-align:center;font-size:.75em;padding:1px 3px;position:relative;cursor:pointer;background:#fff;}
.symconv .input table.grid td{background:#e6eef8;}
.symconv .output table.grid td{background:#e7f3e7;}
.symconv td.read{background:#ffd54f !important;outline:2px solid #e65100;}
.symconv td.sel{background:#2e7d32 !important;color:#fff;outline:2px solid #1b5e20;}
.symconv td.read[data-w]::after{content:attr(data-w);position:absolute;right:1px;top:-0.2em;font-size:.8em;color:#b71c1c;font-weight:bold;}
.symconv .matrix{overflow:auto;max-width:100%;max-height:80vh;border:1px solid #ddd;}
.symconv .matrix svg{display:block;}
.symconv .expression{min-height:3em;margin:.6em 0;padding:.4em .6em;background:#fafafa;border-left:4px solid #2e7d32;font-size:1.1em;overflow-x:auto;}
.symconv .zoom button{margin-right:4px;}
""";

    // Rows of M as [column, entry] pairs; math[r] the MathML of y'_r (a density page: value[r] its text); text[e] an entry's text. A density
    // page has them too up to a bound (then its marks are in bins: bins.rowsPerBin rows a bin).
    public const string Script = """
(function () {
  // A notebook may run the script without currentScript (inserted as HTML): then the newest page not yet set up is ours.
  var root = (document.currentScript && document.currentScript.parentElement) ||
    [].slice.call(document.querySelectorAll('.symconv:not([data-symconv-ready])')).pop();
  root.setAttribute('data-symconv-ready', '');
  var data = JSON.parse(root.querySelector('script.symconv-data').textContent);
  var expression = root.querySelector('.expression');
  var cellsOf = {}, rowMark = root.querySelector('.rowmark'), columnMark = root.querySelector('.columnmark');
  function clear() {
    root.querySelectorAll('.sel, .read').forEach(function (e) { e.classList.remove('sel', 'read'); e.removeAttribute('data-w'); });
    root.querySelectorAll('g.cells rect.hl').forEach(function (e) { e.classList.remove('hl'); });
    if (rowMark) rowMark.setAttribute('visibility', 'hidden');
    if (columnMark) columnMark.setAttribute('visibility', 'hidden');
  }
  var mCells = root.querySelectorAll('g.cells[data-map="M"] rect');
  mCells.forEach(function (r) { var y = r.getAttribute('y'); (cellsOf[y] = cellsOf[y] || []).push(r); });
  var readers = {};
  if (data.rows) data.rows.forEach(function (row, r) { row.forEach(function (pair) { (readers[pair[0]] = readers[pair[0]] || []).push([r, pair[1]]); }); });
  function selectRow(r) {
    if (!data.rows || r < 0 || r >= data.rows.length) return;
    clear();
    root.querySelectorAll('td[data-row="' + r + '"]').forEach(function (td) { td.classList.add('sel'); });
    data.rows[r].forEach(function (pair) {
      root.querySelectorAll('td[data-col="' + pair[0] + '"]').forEach(function (td) { td.classList.add('read'); td.setAttribute('data-w', data.text[pair[1]]); });
    });
    (cellsOf[r] || []).forEach(function (rect) { rect.classList.add('hl'); });
    if (rowMark) { rowMark.setAttribute('y', data.bins ? Math.floor(r / data.bins.rowsPerBin) : r); rowMark.setAttribute('visibility', 'visible'); }
    if (data.math) expression.innerHTML = data.math[r]; else expression.textContent = "y'[" + r + "] = " + data.value[r];
    expression.setAttribute('data-row', r);
  }
  function selectColumn(c) {
    if (!data.rows) return;
    clear();
    root.querySelectorAll('td[data-col="' + c + '"]').forEach(function (td) { td.classList.add('sel'); });
    var read = readers[c] || [];
    read.forEach(function (pair) {
      root.querySelectorAll('td[data-row="' + pair[0] + '"]').forEach(function (td) { td.classList.add('read'); td.setAttribute('data-w', data.text[pair[1]]); });
    });
    if (columnMark) { columnMark.setAttribute('x', data.bins ? Math.floor(c / data.bins.columnsPerBin) : c); columnMark.setAttribute('visibility', 'visible'); }
    expression.textContent = "column " + c + " of M: x'[" + c + "] is read by " +
      (read.length === 0 ? "no output" : read.map(function (p) { return "y'[" + p[0] + "] (weight " + data.text[p[1]] + ")"; }).join(', '));
    expression.setAttribute('data-column', c);
  }
  root.addEventListener('mouseover', function (e) {
    var t = e.target.closest ? e.target.closest('td[data-row], g.cells[data-map="M"] rect') : null;
    if (!t) return;
    selectRow(+(t.getAttribute('data-row') || t.getAttribute('y')));
  });
  root.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target.closest('td[data-col], td[data-row]') : null;
    if (!t) return;
    if (t.hasAttribute('data-col')) selectColumn(+t.getAttribute('data-col')); else selectRow(+t.getAttribute('data-row'));
  });
  // Zoom for the density picture: the view box shrinks about its centre; the scroll box pans.
  var svg = root.querySelector('.matrix svg'), scale = 1;
  root.querySelectorAll('.zoom button').forEach(function (b) {
    b.addEventListener('click', function () {
      scale = b.value === 'in' ? scale * 2 : b.value === 'out' ? Math.max(1, scale / 2) : 1;
      svg.style.width = (svg.viewBox.baseVal.width * scale) + 'px';
      svg.style.height = (svg.viewBox.baseVal.height * scale) + 'px';
    });
  });
  var bins = root.querySelector('g.bins');
  if (bins && data.bins) {
    bins.addEventListener('mousemove', function (e) {
      var pt = svg.createSVGPoint(); pt.x = e.clientX; pt.y = e.clientY;
      var q = pt.matrixTransform(bins.getScreenCTM().inverse());
      var br = Math.floor(q.y), bc = Math.floor(q.x);
      if (br < 0 || bc < 0 || br >= data.bins.rows || bc >= data.bins.columns) return;
      var n = data.bins.counts[br * data.bins.columns + bc];
      expression.textContent = 'rows ' + br * data.bins.rowsPerBin + '…' + (Math.min(data.bins.totalRows, (br + 1) * data.bins.rowsPerBin) - 1) +
        ', columns ' + bc * data.bins.columnsPerBin + '…' + (Math.min(data.bins.totalColumns, (bc + 1) * data.bins.columnsPerBin) - 1) + ': ' + n + ' nonzero entries';
    });
  }
})();
""";
}
