// apikit docs: operation search over search-index.json (written at build time) and copy buttons.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var entries = null;
  var loading = null;
  var active = -1;

  function load() {
    if (!loading) {
      loading = fetch(root + "search-index.json")
        .then(function (response) { return response.json(); })
        .then(function (data) { entries = data; return data; })
        .catch(function () { entries = []; return entries; });
    }
    return loading;
  }

  function score(entry, terms) {
    var id = entry.id.toLowerCase();
    var text = (id + " " + entry.summary + " " + entry.path + " " + entry.tag + " " + entry.title).toLowerCase();
    for (var i = 0; i < terms.length; i++) {
      if (text.indexOf(terms[i]) < 0) { return -1; }
    }
    var first = terms[0];
    return id === first ? 0 : id.indexOf(first) === 0 ? 1 : id.indexOf(first) >= 0 ? 2 : 3;
  }

  function item(entry) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root + entry.url;
    a.setAttribute("role", "option");
    var id = document.createElement("span");
    id.className = "rid";
    id.textContent = entry.method + " " + entry.id;
    var summary = document.createElement("span");
    summary.className = "rsum";
    summary.textContent = entry.summary + " · " + entry.title;
    a.appendChild(id);
    a.appendChild(summary);
    a.addEventListener("click", close);
    li.appendChild(a);
    return li;
  }

  function show() {
    var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    active = -1;
    if (!terms.length) { list.hidden = true; return; }
    var found = [];
    (entries || []).forEach(function (entry, index) {
      var rank = score(entry, terms);
      if (rank >= 0) { found.push([rank, index, entry]); }
    });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    found.slice(0, 20).forEach(function (hit) { list.appendChild(item(hit[2])); });
    if (!found.length) {
      var none = document.createElement("li");
      none.className = "empty";
      none.textContent = entries && entries.length ? "No operation matches." : "Search needs the site served over HTTP (apikit docs --serve).";
      list.appendChild(none);
    }
    list.hidden = false;
  }

  function move(step) {
    var links = list.querySelectorAll("a");
    if (!links.length) { return; }
    if (active >= 0) { links[active].classList.remove("active"); }
    active = (active + step + links.length) % links.length;
    links[active].classList.add("active");
    links[active].scrollIntoView({ block: "nearest" });
  }

  function close() { list.hidden = true; }

  if (input && list) {
    input.addEventListener("focus", load);
    input.addEventListener("input", function () { load().then(show); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { move(1); event.preventDefault(); }
      else if (event.key === "ArrowUp") { move(-1); event.preventDefault(); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter") {
        var links = list.querySelectorAll("a");
        var chosen = links[active >= 0 ? active : 0];
        if (chosen) { close(); window.location.href = chosen.href; }
      }
    });
    document.addEventListener("click", function (event) {
      if (!list.contains(event.target) && event.target !== input) { close(); }
    });
  }

  function markCurrent() {
    var here = document.querySelector(".sidebar a.here");
    if (here) { here.classList.remove("here"); }
    if (!window.location.hash) { return; }
    var link = document.querySelector('.sidebar a[href="' + window.location.hash.replace(/"/g, "") + '"]');
    if (link) { link.classList.add("here"); link.scrollIntoView({ block: "nearest" }); }
  }
  window.addEventListener("hashchange", markCurrent);
  markCurrent();

  document.querySelectorAll("button.copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source || !navigator.clipboard) { return; }
      navigator.clipboard.writeText(source.textContent).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 1500);
      }, function () { /* clipboard refused: nothing to do */ });
    });
  });
})();
