// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Sort a table in place when a sortable column heading is chosen (the link still works without JS).
  function sortTable(table, th) {
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = th.hasAttribute("data-numeric");
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function value(row) {
      var cell = row.cells[index];
      var text = cell.getAttribute("data-value");
      if (text === null) { text = cell.textContent.trim(); }
      return numeric ? parseFloat(text) || 0 : text.toLowerCase();
    }
    rows.sort(function (a, b) {
      var x = value(a), y = value(b);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    table.querySelectorAll("th[data-sort]").forEach(function (h) { h.setAttribute("aria-sort", "none"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function enableSorting() {
    document.querySelectorAll("table.sortable th[data-sort] a").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var th = link.closest("th");
        sortTable(th.closest("table"), th);
      });
    });
  }

  // A fact split into pieces (where spans cross) is emphasised whole, not just its first piece.
  function emphasiseTarget() {
    document.querySelectorAll("mark.target-piece").forEach(function (m) { m.classList.remove("target-piece"); });
    var match = /^#fact-(\d+)$/.exec(window.location.hash);
    if (!match) { return; }
    document.querySelectorAll('mark[data-fact="' + match[1] + '"]').forEach(function (m) {
      m.classList.add("target-piece");
    });
    var first = document.getElementById("fact-" + match[1]);
    if (first) { first.scrollIntoView({block: "center"}); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    enableSorting();
    emphasiseTarget();
    window.addEventListener("hashchange", emphasiseTarget);
  });
})();
