// The publisher page: keyboard accelerators ([ and ] switch language, P goes to the Publish
// button) and a Publish form that cannot be sent twice. Everything works without it.
"use strict";
(function () {
  const tabs = Array.from(document.querySelectorAll(".pub-head .lang-tabs a"));
  const typing = (el) => el && (el.tagName === "TEXTAREA" || el.tagName === "INPUT" || el.tagName === "SELECT" || el.isContentEditable);

  document.addEventListener("keydown", (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || typing(document.activeElement)) return;
    const current = tabs.findIndex((a) => a.getAttribute("aria-current") === "page");
    if ((e.key === "[" || e.key === "]") && tabs.length > 1) {
      const next = tabs[(current + (e.key === "]" ? 1 : tabs.length - 1)) % tabs.length];
      e.preventDefault();
      location.href = next.href;
    } else if (e.key === "p" || e.key === "P") {
      const target = document.querySelector("#publish-form textarea") || document.getElementById("publish-button");
      if (!target) return;
      e.preventDefault();
      target.scrollIntoView({ block: "center" });
      target.focus();
    }
  });

  const form = document.getElementById("publish-form");
  if (form) {
    form.addEventListener("submit", () => {
      const button = document.getElementById("publish-button");
      // Disabled after the submission has started, so the click still sends the form once.
      setTimeout(() => {
        button.disabled = true;
        form.setAttribute("aria-busy", "true");
      }, 0);
    });
  }
})();
