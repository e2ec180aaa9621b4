// Inlined into the page: filters, search and the screenshot viewer. The page reads fine without it.
(function () {
  "use strict";
  // The filters are a search region, not a form: they act as they change, no submit expected.
  var form = document.getElementById("filters");
  var tag = document.getElementById("filter-tag");
  var search = document.getElementById("filter-search");
  var shown = document.getElementById("shown");
  var examples = Array.prototype.slice.call(document.querySelectorAll("article.example"));
  var rules = Array.prototype.slice.call(document.querySelectorAll("article.rule"));
  var chapters = Array.prototype.slice.call(document.querySelectorAll("section.chapter"));

  // A search finds an example by its own words and by its rule's (id, title, guide quote).
  examples.forEach(function (example) {
    var rule = example.closest("article.rule");
    var ruleText = rule ? (rule.querySelector("h3").textContent + " " +
      (rule.querySelector(".quote") || { textContent: "" }).textContent) : "";
    example.dataset.text = (ruleText + " " + example.textContent).toLowerCase().replace(/\s+/g, " ");
  });

  function selection() {
    var boxes = form.querySelectorAll("input[name=status]");
    var statuses = Array.prototype.slice.call(form.querySelectorAll("input[name=status]:checked"))
      .map(function (box) { return box.value; });
    return {
      statuses: statuses,
      tag: tag.value,
      words: search.value.toLowerCase().trim().split(/\s+/).filter(Boolean),
      all: statuses.length === boxes.length && !tag.value && !search.value.trim()
    };
  }

  function matches(example, chosen) {
    if (chosen.statuses.indexOf(example.dataset.status) < 0) return false;
    if (chosen.tag && example.dataset.tags.indexOf(" " + chosen.tag + " ") < 0) return false;
    return chosen.words.every(function (word) { return example.dataset.text.indexOf(word) >= 0; });
  }

  function apply() {
    var chosen = selection();
    var count = 0;
    examples.forEach(function (example) {
      var visible = matches(example, chosen);
      example.hidden = !visible;
      if (visible) count += 1;
    });
    rules.forEach(function (rule) {
      rule.hidden = !chosen.all && !rule.querySelector("article.example:not([hidden])");
    });
    chapters.forEach(function (chapter) {
      chapter.hidden = !chapter.querySelector("article.rule:not([hidden])");
    });
    shown.textContent = form.dataset.shown.replace("{shown}", count).replace("{total}", examples.length);
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);

  // Screenshots: a link to the image, enlarged in a modal dialog (Escape or "Close" shuts it).
  var viewer = document.getElementById("viewer");
  var image = document.getElementById("viewer-image");
  var opener = null;
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-viewer]");
    if (!link || typeof viewer.showModal !== "function") return;
    event.preventDefault();
    opener = link;
    image.src = link.getAttribute("href");
    image.alt = link.querySelector("img").alt;
    viewer.showModal();
  });
  document.getElementById("viewer-close").addEventListener("click", function () { viewer.close(); });
  viewer.addEventListener("close", function () { if (opener) opener.focus(); });
  viewer.addEventListener("click", function (event) { if (event.target === viewer) viewer.close(); });
})();
