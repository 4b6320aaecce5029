// Times in the reader's own time zone: the server writes them in the school's zone with
// the zone named (quizapp/local_time.py); the browser knows the reader's zone.
(function () {
  "use strict";
  function two(n) { return (n < 10 ? "0" : "") + n; }
  function zoneName(date) {
    try {
      var parts = new Intl.DateTimeFormat(undefined, { timeZoneName: "short" }).formatToParts(date);
      for (var i = 0; i < parts.length; i++) if (parts[i].type === "timeZoneName") return parts[i].value;
    } catch (e) { /* an old browser: no zone name */ }
    return "";
  }
  function browserZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return ""; }
  }
  document.addEventListener("DOMContentLoaded", function () {
    // Times typed into a form are read in the browser's zone: the form says which.
    var zone = browserZone();
    if (zone) {
      var inputs = document.querySelectorAll("input[data-browser-zone]");
      for (var j = 0; j < inputs.length; j++) inputs[j].value = zone;
      var names = document.querySelectorAll("[data-zone-name]");
      for (var k = 0; k < names.length; k++) names[k].textContent = zone;
    }
    var times = document.querySelectorAll("time[data-local]");
    for (var i = 0; i < times.length; i++) {
      var el = times[i];
      var date = new Date(el.getAttribute("datetime"));
      if (isNaN(date.getTime())) continue;
      var text = date.getFullYear() + "-" + two(date.getMonth() + 1) + "-" + two(date.getDate());
      if (el.getAttribute("data-local") === "datetime") {
        text += " " + two(date.getHours()) + ":" + two(date.getMinutes());
        var zone = zoneName(date);
        if (zone) text += " " + zone;
      }
      el.textContent = text;
    }
  });
})();
