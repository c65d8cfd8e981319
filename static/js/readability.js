// Updates the "how easy is this to read" note under a section while the member types.
// Progressive enhancement: without this file the note still shows after saving.
// Markup: <textarea data-readability="NOTE-ID"> and the note from
// policies/includes/readability_note.html with id NOTE-ID. One listener on the document,
// so sections that static/js/sections.js adds later are watched too.
(function () {
  "use strict";

  var WAIT_MS = 800;
  var watched = new WeakMap();

  function csrfToken(field) {
    var form = field.form;
    var input = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    if (input) {
      return input.value;
    }
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  // Looked up each time: adding or moving sections renumbers the notes.
  function noteFor(field) {
    var note = field.dataset.readability && document.getElementById(field.dataset.readability);
    if (note) {
      return note;
    }
    var next = field.nextElementSibling;
    return next && next.hasAttribute("data-readability-note") ? next : null;
  }

  function check(field, state) {
    var note = noteFor(field);
    if (!note || !note.dataset.readabilityUrl || field.value === state.lastText) {
      return;
    }
    state.lastText = field.value;
    if (state.pending) {
      state.pending.abort();
    }
    state.pending = new AbortController();
    fetch(note.dataset.readabilityUrl, {
      method: "POST",
      credentials: "same-origin",
      signal: state.pending.signal,
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
        if (data && data.html.trim() !== note.innerHTML.trim()) {
          note.innerHTML = data.html;
        }
      })
      .catch(function () {
        // The note is a tip; if it cannot update, the last one stays and saving still works.
      });
  }

  document.addEventListener("input", function (event) {
    var field = event.target;
    if (!field.matches || !field.matches("textarea[data-readability]")) {
      return;
    }
    var state = watched.get(field);
    if (!state) {
      state = { timer: null, lastText: null, pending: null };
      watched.set(field, state);
    }
    window.clearTimeout(state.timer);
    state.timer = window.setTimeout(function () {
      check(field, state);
    }, WAIT_MS);
  });
})();
