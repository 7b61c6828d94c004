/* besluitenbank client-side search over search-index.js (no server, no network, no library).
   Reads ?q= from the address so a search is a link; results are built with textContent only,
   so nothing from the index can become markup. */
(function () {
  "use strict";
  var KIND_ORDER = { besluit: 0, organisatie: 1, begrotingslijn: 2, vergadering: 3, document: 4 };
  var MAX_RESULTS = 50;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function score(entry, terms) {
    var title = fold(entry.t), total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i], hits = 0;
      if (title.indexOf(term) >= 0) { hits += 10; }
      var at = entry.x.indexOf(term);
      while (at >= 0) { hits += 1; at = entry.x.indexOf(term, at + term.length); }
      if (hits === 0) { return 0; }
      total += hits;
    }
    return total;
  }

  function search(entries, query) {
    var terms = fold(query).split(/[^0-9a-z@]+/).filter(function (t) { return t.length > 1; });
    if (!terms.length) { return []; }
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], terms);
      if (s > 0) { found.push({ entry: entries[i], score: s }); }
    }
    found.sort(function (a, b) {
      return b.score - a.score || (KIND_ORDER[a.entry.k] - KIND_ORDER[b.entry.k]) || a.entry.t.localeCompare(b.entry.t);
    });
    return found.slice(0, MAX_RESULTS);
  }

  function show(results, query) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!list || !status) { return; }
    while (list.firstChild) { list.removeChild(list.firstChild); }
    status.textContent = results.length
      ? results.length + " resultaten voor \u201c" + query + "\u201d"
      : "Geen resultaten voor \u201c" + query + "\u201d";
    results.forEach(function (result) {
      var item = document.createElement("li");
      item.className = "result";
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = result.entry.k;
      var link = document.createElement("a");
      link.href = result.entry.u;
      link.textContent = result.entry.t;
      item.appendChild(kind);
      item.appendChild(link);
      if (result.entry.d) {
        var detail = document.createElement("small");
        detail.textContent = " \u00b7 " + result.entry.d;
        item.appendChild(detail);
      }
      list.appendChild(item);
    });
  }

  function run() {
    var entries = window.BESLUITENBANK_SEARCH || [];
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var inputs = document.querySelectorAll("input[name=q]");
    for (var i = 0; i < inputs.length; i++) { inputs[i].value = query; }
    if (query.trim()) { show(search(entries, query), query.trim()); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
