// Enhancements only: every quiz page works without this file.
(function () {
  "use strict";

  // A form marked "once" (start, submit) is sent once even if its button is clicked twice.
  // The server counts a double submit once anyway; this only saves the second request.
  document.querySelectorAll("form.once").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.sent) {
        event.preventDefault();
        return;
      }
      form.dataset.sent = "1";
      form.querySelectorAll("button[type=submit]").forEach(function (b) {
        b.setAttribute("aria-disabled", "true");
      });
    });
  });

  // The article box keeps its scroll position from question to question of an attempt,
  // so a pupil reading it does not start again at the top on every question.
  var panel = document.querySelector(".quiz-layout > .article-panel");
  var attempt = (window.location.pathname.match(/\/learn\/attempts\/(\d+)\//) || [])[1];
  if (panel && attempt && window.sessionStorage) {
    var scrollKey = "quizapp-article-scroll-" + attempt;
    var keep = function () {
      try { window.sessionStorage.setItem(scrollKey, String(panel.scrollTop)); } catch (e) { /* private mode */ }
    };
    var saved = parseInt(window.sessionStorage.getItem(scrollKey) || "", 10);
    if (!isNaN(saved)) panel.scrollTop = saved;
    var pending = null;
    panel.addEventListener("scroll", function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(keep, 150);
    });
    window.addEventListener("pagehide", keep);
  }

  // Autosave (feedback-after-submit mode only, where an answer is never locked): a change is
  // saved at once, so closing the browser loses nothing. The buttons save without this.
  // One save is in flight at a time and a button waits for it: otherwise a save sent for an
  // earlier change (one label of a sort set) can reach the server after the button's save
  // and overwrite the whole answer with part of it.
  var autosave = document.querySelector("form.question-form.autosave");
  var inflight = null;
  var again = false;
  var post = function () {
    var data = new FormData(autosave);
    data.set("go", "stay");
    var status = autosave.querySelector(".save-status");
    return fetch(autosave.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" },
    })
      .then(function (r) {
        if (status) {
          status.textContent = r.status === 204 ? "Saved." : "Not saved: use a Save button.";
        }
      })
      .catch(function () {
        if (status) { status.textContent = "Not saved: use a Save button."; }
      });
  };
  var saveNow = function () {
    if (!autosave || !window.fetch || !window.FormData) {
      return null;
    }
    if (inflight) {
      again = true;  // sent when the one in flight is answered, with the answer as it is then
      return inflight;
    }
    inflight = post().then(function () {
      inflight = null;
      if (again) {
        again = false;
        return saveNow();
      }
      return null;
    });
    return inflight;
  };
  if (autosave) {
    autosave.addEventListener("change", saveNow);
    autosave.addEventListener("submit", function (event) {
      if (!inflight) {
        return;
      }
      event.preventDefault();
      var button = event.submitter;
      inflight.then(function () {
        if (autosave.requestSubmit) {
          autosave.requestSubmit(button || undefined);
        } else {
          autosave.submit();
        }
      });
    });
  }

  // The countdown: the server enforces the deadline; this only shows it ticking, and
  // reloads when time is up so the learner sees their submitted attempt.
  var timer = document.querySelector(".timer[data-remaining]");
  if (timer) {
    var value = timer.querySelector(".timer-value");
    var end = Date.now() + parseInt(timer.dataset.remaining, 10) * 1000;
    var announced = false;
    var savedAtEnd = false;
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      var min = Math.floor(left / 60), sec = left % 60;
      value.textContent = min + " min " + (sec < 10 ? "0" : "") + sec + " s";
      if (left <= 60 && !announced) {
        announced = true;
        timer.classList.add("low");
        timer.setAttribute("aria-live", "assertive");
        value.textContent += " (less than a minute left)";
      }
      if (left <= 3 && left > 0 && !savedAtEnd) {
        savedAtEnd = true;
        saveNow();  // the current choice goes in before the deadline
      }
      if (left === 0) {
        window.clearInterval(handle);
        window.setTimeout(function () { window.location.reload(); }, 1500);
      }
    };
    var handle = window.setInterval(tick, 1000);
    tick();
  }
})();
