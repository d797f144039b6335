// Sortable tables (table.sortable): each column heading with a button sorts the rows by that
// column, again to reverse; aria-sort tells screen readers. A cell's data-sort-value, when
// present, is what sorts (numbers, times); th[data-sort="number"] compares as numbers.
(function () {
  'use strict';
  var collator = new Intl.Collator(document.documentElement.lang || 'zh-CN', { numeric: true, sensitivity: 'base' });

  function valueOf(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ''; }
    return cell.hasAttribute('data-sort-value') ? cell.getAttribute('data-sort-value') : cell.textContent.trim();
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headings = Array.prototype.slice.call(table.tHead ? table.tHead.rows[0].cells : []);
    headings.forEach(function (th, index) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.classList.add('sort-button');
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        var numeric = th.getAttribute('data-sort') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = valueOf(a, index);
          var y = valueOf(b, index);
          var order = numeric ? (Number(x) - Number(y)) : collator.compare(x, y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        headings.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      });
    });
  });
}());
