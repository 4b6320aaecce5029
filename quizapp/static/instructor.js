// Progressive enhancement for the instructor's pages; everything works without it.
// 1. Selecting words in the article fills the "add a claim" form (offsets + exact words).
// 2. Analysis progress is polled from the status endpoint instead of reloading the page.
// 3. Buttons with data-confirm ask first.
// 4. The question editor gets "Add a choice" and per-choice "Remove" buttons (without
//    them, blank rows add and emptied rows remove).
(function () {
  "use strict";

  function offsetOf(node, offset) {
    // A text node inside an element with data-start: its offset in the article text.
    var el = node.nodeType === 3 ? node.parentElement : node;
    if (el && el.hasAttribute && el.hasAttribute("data-skip")) return null;
    var holder = el && el.closest ? el.closest("[data-start]") : null;
    if (!holder) return null;
    if (node.nodeType !== 3) {
      // Selection boundary on an element: count the text before the child index.
      var text = 0;
      for (var i = 0; i < offset && i < node.childNodes.length; i++) {
        text += node.childNodes[i].textContent.length;
      }
      offset = text;
    }
    return parseInt(holder.getAttribute("data-start"), 10) + offset;
  }

  function setupSelection() {
    var article = document.getElementById("article-text");
    var form = document.getElementById("new-claim");
    if (!article || !form) return;
    var start = document.getElementById("new-start");
    var end = document.getElementById("new-end");
    var content = form.querySelector("textarea[name='new-content']");
    var note = document.getElementById("selection-note");
    function update() {
      var sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      var range = sel.getRangeAt(0);
      if (!article.contains(range.commonAncestorContainer)) return;
      var s = offsetOf(range.startContainer, range.startOffset);
      var e = offsetOf(range.endContainer, range.endOffset);
      if (s === null || e === null || e <= s) return;
      var words = "";
      article.querySelectorAll("[data-start]").forEach(function (span) {
        var a = parseInt(span.getAttribute("data-start"), 10);
        var t = span.textContent;
        var lo = Math.max(s, a), hi = Math.min(e, a + t.length);
        if (hi > lo) words += t.slice(lo - a, hi - a);
      });
      start.value = String(s);
      end.value = String(e);
      content.value = words.trim();
      note.hidden = false;
      note.textContent = "Selected for a new claim: “" + words.trim() + "”. Fill in its source and cue below, then add it.";
    }
    article.addEventListener("mouseup", update);
    article.addEventListener("keyup", update);
    article.addEventListener("touchend", update);
    content.addEventListener("input", function () { start.value = ""; end.value = ""; });
  }

  var STEP_VALUE = { queued: 0, reading: 1, parsing: 1, claims: 2, questions: 3, done: 4, failed: 4 };

  function setupPolling() {
    var list = document.querySelector(".jobs[data-poll='on']");
    if (!list || !window.fetch) return;
    // JavaScript takes over from the <meta refresh>: remove it so the page stays put.
    document.querySelectorAll("meta[http-equiv='refresh']").forEach(function (m) { m.remove(); });
    var single = list.querySelectorAll(".job").length === 1;
    function poll() {
      var jobs = list.querySelectorAll(".job:not([data-finished])");
      if (jobs.length === 0) return;
      Promise.all(Array.prototype.map.call(jobs, function (job) {
        return fetch(job.getAttribute("data-status-url"), { credentials: "same-origin", headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (s) {
            if (!s) return;
            job.className = "job job-" + s.state;
            job.querySelector(".job-label").textContent = s.label + (s.error ? " (" + s.error + ")" : "");
            job.querySelector(".job-bar").value = STEP_VALUE[s.step] || 0;
            if (s.finished) {
              job.setAttribute("data-finished", "1");
              if (single && s.state === "done") { window.location.assign(s.article_url); return; }
              var links = job.querySelector(".job-links");
              links.textContent = "";
              var a = document.createElement("a"); a.href = s.article_url; a.textContent = "Claims";
              links.appendChild(a);
              if (s.set_url) {
                links.appendChild(document.createTextNode(" · "));
                var b = document.createElement("a"); b.href = s.set_url; b.textContent = "Draft set";
                links.appendChild(b);
              }
              if (single && s.state === "failed") window.location.reload();
            }
          });
      })).catch(function () {}).then(function () { window.setTimeout(poll, 1500); });
    }
    window.setTimeout(poll, 700);
  }

  function setupConfirm() {
    document.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("button[data-confirm]") : null;
      if (button && !window.confirm(button.getAttribute("data-confirm"))) event.preventDefault();
    });
  }

  function removeButton(row, number) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button secondary choice-remove";
    button.textContent = "Remove";
    var hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = " choice " + number;
    button.appendChild(hidden);
    button.addEventListener("click", function () {
      row.querySelector(".choice-text").value = "";
      row.querySelector("input[type=radio]").checked = false;
      row.hidden = true; // posted empty: the server leaves it out
      var next = row.nextElementSibling || row.previousElementSibling;
      var focus = next && !next.hidden ? next.querySelector(".choice-text") : null;
      if (focus) focus.focus();
    });
    row.appendChild(button);
  }

  function renumber(row, number) {
    var text = row.querySelector(".choice-text");
    var radio = row.querySelector("input[type=radio]");
    var labels = row.querySelectorAll("label");
    text.name = text.id = "choices-" + (number - 1);
    text.value = "";
    radio.value = String(number);
    radio.id = "answer-" + number;
    radio.checked = false;
    labels[0].htmlFor = text.id;
    labels[0].textContent = "Choice " + number;
    labels[1].htmlFor = radio.id;
    labels[1].querySelector(".visually-hidden").textContent = " answer: choice " + number;
  }

  function setupChoices() {
    var list = document.querySelector(".choice-list");
    if (!list) return;
    var rows = list.querySelectorAll(".choice-row");
    for (var i = 0; i < rows.length; i++) removeButton(rows[i], i + 1);
    var add = document.createElement("button");
    add.type = "button";
    add.className = "button secondary choice-add";
    add.textContent = "Add a choice";
    add.addEventListener("click", function () {
      var all = list.querySelectorAll(".choice-row");
      var row = all[all.length - 1].cloneNode(true);
      var old = row.querySelector(".choice-remove");
      if (old) row.removeChild(old);
      row.hidden = false;
      renumber(row, all.length + 1);
      list.appendChild(row);
      removeButton(row, all.length + 1);
      row.querySelector(".choice-text").focus();
    });
    list.parentNode.insertBefore(add, list.nextSibling);
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupSelection();
    setupPolling();
    setupConfirm();
    setupChoices();
  });
})();
