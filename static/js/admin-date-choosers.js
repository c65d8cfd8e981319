// Wagtail's date and time pickers, started from data attributes rather than the inline
// <script> Wagtail's own widget templates use, so that the admin can run under a
// Content-Security-Policy without 'unsafe-inline' (see templates/wagtailadmin/widgets/).
// Widgets added later (dialogs, filters refreshed in place) are started as they appear.
(() => {
  "use strict";
  const starters = {
    date: "initDateChooser",
    datetime: "initDateTimeChooser",
    time: "initTimeChooser",
  };

  const start = (root) => {
    root.querySelectorAll("[data-coproduce-chooser]").forEach((marker) => {
      const starter = window[starters[marker.dataset.coproduceChooser]];
      if (marker.dataset.started || typeof starter !== "function") return;
      if (!document.getElementById(marker.dataset.for)) return;
      marker.dataset.started = "true";
      starter(marker.dataset.for, JSON.parse(marker.dataset.config));
    });
  };

  const watch = () => {
    start(document);
    new MutationObserver((changes) => {
      changes.forEach((change) => {
        change.addedNodes.forEach((node) => {
          if (node.nodeType === Node.ELEMENT_NODE) start(node.parentElement || node);
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
