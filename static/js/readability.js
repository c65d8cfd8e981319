// Updates the "how easy is this to read" note under a section while the member types.
// Progressive enhancement: without this file the note still shows after saving.
// Markup: <textarea data-readability="NOTE-ID"> and the note from
// policies/includes/readability_note.html with id NOTE-ID.
(function () {
  "use strict";

  var WAIT_MS = 800;

  function csrfToken(field) {
    var form = field.form;
    var input = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    if (input) {
      return input.value;
    }
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function noteFor(field) {
    var note = field.dataset.readability && document.getElementById(field.dataset.readability);
    if (note) {
      return note;
    }
    var next = field.nextElementSibling;
    return next && next.hasAttribute("data-readability-note") ? next : null;
  }

  function watch(field) {
    var note = noteFor(field);
    if (!note || !note.dataset.readabilityUrl) {
      return;
    }
    var timer = null;
    var lastText = field.value;
    var pending = null;
    var lastHtml = note.innerHTML.trim();

    function check() {
      if (field.value === lastText) {
        return;
      }
      lastText = field.value;
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch(note.dataset.readabilityUrl, {
        method: "POST",
        credentials: "same-origin",
        signal: pending.signal,
        headers: {
          "Content-Type": "application/json",
          "X-CSRFToken": csrfToken(field),
        },
        body: JSON.stringify({
          text: field.value,
          language: note.dataset.readabilityLanguage || document.documentElement.lang,
        }),
      })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          // Only touch the live region when the advice changes, so screen readers are
          // not interrupted on every pause.
          if (data && data.html.trim() !== lastHtml) {
            lastHtml = data.html.trim();
            note.innerHTML = data.html;
          }
        })
        .catch(function () {
          // The note is a tip; if it cannot update, the last one stays and saving still works.
        });
    }

    field.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, WAIT_MS);
    });
  }

  function start() {
    document.querySelectorAll("textarea[data-readability]").forEach(watch);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
