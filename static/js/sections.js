/* Add, move and remove sections of an idea without reloading the page.
   Everything also works without this file: the same buttons send the form to the server. */
(function () {
  "use strict";
  var list = document.querySelector("[data-sections]");
  var addButton = document.querySelector("[data-add-section]");
  if (!list || !addButton) {
    return;
  }
  var total = document.querySelector("input[name='sections-TOTAL_FORMS']");

  function rows() {
    return Array.prototype.slice.call(list.querySelectorAll("[data-section]"));
  }

  // Field names carry the position (sections-3-text); the server reads the order from them.
  function renumber() {
    var all = rows();
    all.forEach(function (row, index) {
      row.querySelectorAll("[name^='sections-'], [id*='sections-'], [for*='sections-'], [data-readability]").forEach(function (el) {
        ["name", "id", "for", "data-readability"].forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value) {
            el.setAttribute(attr, value.replace(/sections-\d+-/, "sections-" + index + "-"));
          }
        });
      });
      var number = row.querySelector("[data-number]");
      if (number) {
        number.textContent = index + 1;
      }
      var up = row.querySelector("[data-move='up']");
      var down = row.querySelector("[data-move='down']");
      if (up) { up.hidden = index === 0; up.value = "up-" + index; }
      if (down) { down.hidden = index === all.length - 1; down.value = "down-" + index; }
    });
    total.value = all.length;
  }

  list.addEventListener("click", function (event) {
    var button = event.target.closest("[data-move]");
    if (!button) {
      return;
    }
    event.preventDefault();
    var row = button.closest("[data-section]");
    if (button.dataset.move === "up" && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
    } else if (button.dataset.move === "down" && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
    }
    renumber();
    button.hidden ? row.querySelector("textarea").focus() : button.focus();
  });

  list.addEventListener("change", function (event) {
    if (event.target.name && /-DELETE$/.test(event.target.name)) {
      event.target.closest("[data-section]").classList.toggle("section-editor--removed", event.target.checked);
    }
  });

  addButton.addEventListener("click", function (event) {
    var last = rows()[rows().length - 1];
    if (!last) {
      return; // no section to copy: let the server add one
    }
    event.preventDefault();
    var copy = last.cloneNode(true);
    copy.classList.remove("section-editor--conflict", "section-editor--removed");
    copy.querySelectorAll(".conflict, .field-error, [name$='-take']").forEach(function (el) {
      var field = el.closest(".field");
      (el.classList.contains("conflict") || !field ? el : field).remove();
    });
    copy.querySelectorAll("input[type='text'], input[type='hidden'], textarea").forEach(function (el) {
      el.value = "";
    });
    copy.querySelectorAll("input[type='checkbox']").forEach(function (el) { el.checked = false; });
    // The copied plain-words note is about the other section: empty it until this one has words.
    copy.querySelectorAll("[data-readability-note]").forEach(function (el) { el.textContent = ""; });
    copy.querySelectorAll(".field--error").forEach(function (el) { el.classList.remove("field--error"); });
    list.appendChild(copy);
    renumber();
    copy.querySelector("input[type='text']").focus();
  });
})();
