// Glossary pages: "/" focuses the search, the editor adds term rows, Ctrl+Enter saves, delete asks first.
"use strict";
(function () {
  document.addEventListener("keydown", (e) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
    const search = document.getElementById("glossary-search");
    if (e.key === "/" && !typing && search) {
      e.preventDefault();
      search.focus();
      search.select();
    }
    const editor = document.getElementById("concept-editor");
    if (e.ctrlKey && e.key === "Enter" && editor) {
      e.preventDefault();
      editor.requestSubmit();
    }
    if (e.key === "Escape" && editor && !typing) location.href = "/glossary";
  });

  document.addEventListener("click", (e) => {
    const add = e.target.closest(".add-term");
    if (!add) return;
    const section = add.closest(".lang-section");
    const rows = section.querySelector(".term-rows");
    const next = Math.max(-1, ...Array.from(rows.querySelectorAll(".term-row"), (r) => Number(r.dataset.row))) + 1;
    const clone = section.querySelector(".term-template").content.cloneNode(true);
    for (const node of clone.querySelectorAll("[name]")) node.name = node.name.replace("__ROW__", String(next));
    clone.querySelector(".term-row").dataset.row = String(next);
    rows.append(clone);
    rows.lastElementChild.querySelector("input").focus();
  });

  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (e) => {
      if (!window.confirm(form.dataset.confirm)) e.preventDefault();
    });
  }
})();
