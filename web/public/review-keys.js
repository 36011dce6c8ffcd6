// Keyboard shortcuts and buttons of the review page (the actions are in review.js and beside it).
// Letter shortcuts follow the keyboard's layout (Alt+M is the key marked M on AZERTY too), digits
// the key's place in the top row.
"use strict";
(function () {
  const R = window.GlossaReview;
  if (!R) return;
  const { root, t, say } = R;
  const help = document.getElementById("help-dialog");
  const flagDialog = document.getElementById("flag-dialog");
  const inField = (node) => node && (node.tagName === "INPUT" || node.tagName === "TEXTAREA" || node.tagName === "SELECT" || node.isContentEditable);

  // The layout's own letter for a physical key, where Alt turns the letter into another character
  // (Option+M gives µ on a Mac) and the code is not QWERTY's (AZERTY's M is QWERTY's ;).
  let layout = null;
  navigator.keyboard?.getLayoutMap?.().then((map) => (layout = map), () => {});
  function letterOf(e) {
    if (/^[a-z]$/i.test(e.key)) return e.key.toLowerCase();
    const mapped = layout && layout.get(e.code);
    if (mapped && /^[a-z]$/i.test(mapped)) return mapped.toLowerCase();
    const qwerty = /^Key([A-Z])$/.exec(e.code);
    return qwerty ? qwerty[1].toLowerCase() : null;
  }
  const digitOf = (e) => (/^[1-9]$/.test(e.key) ? Number(e.key) : Number((/^(?:Digit|Numpad)([1-9])$/.exec(e.code) || [])[1]) || null);

  async function saveRow(row, status, next) {
    const ta = row && R.editorOf(row);
    if (!ta) return say(t("review.noPermission"), true);
    if (status === "final" && !R.can.approve) return say(t("review.noPermission"), true);
    if (!(await R.save(row, status, { text: ta.value }))) return;
    if (next) R.move(1, true);
    else R.closeEditor(row);
  }

  function copySource(row) {
    if (!row || !R.editorOf(row)) return say(t("review.noPermission"), true);
    if (R.active() !== row) R.activate(row, true);
    R.openEditor(row);
    const ta = R.editorOf(row);
    ta.select();
    R.insertIntoEditor(ta, row.querySelector('.text[data-side="source"]').textContent);
    row.classList.add("dirty");
    say(t("review.copiedSource"));
  }

  function toggleDiff(row) {
    const button = row.querySelector(".toggle-diff");
    if (!button) return;
    const box = row.querySelector(".mt-diff");
    box.hidden = !box.hidden;
    button.setAttribute("aria-expanded", String(!box.hidden));
  }

  async function showHistory(row) {
    const box = row.querySelector(".history");
    const button = row.querySelector(".load-history");
    if (!box.hidden) {
      box.hidden = true;
      return button.setAttribute("aria-expanded", "false");
    }
    const res = await fetch(`/fragments/segments/${row.dataset.segment}/${R.lang}/history`, { credentials: "same-origin" });
    const holder = document.createElement("template");
    holder.innerHTML = res.ok ? await res.text() : ""; // server-rendered, escaped
    box.replaceChildren(holder.content);
    box.hidden = false;
    button.setAttribute("aria-expanded", "true");
  }

  document.addEventListener("keydown", (e) => {
    if (e.defaultPrevented || document.querySelector("dialog[open]")) return; // dialogs handle their own keys (Esc closes)
    const row = R.active();
    const typing = inField(e.target);
    if (e.ctrlKey && e.key === "Enter") {
      e.preventDefault();
      return saveRow(row, e.shiftKey ? "final" : R.saveStatus, true);
    }
    if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      return R.move(e.key === "ArrowDown" ? 1 : -1, Boolean(row && R.editorOf(row) && !R.editorOf(row).hidden) || !row);
    }
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      const digit = digitOf(e);
      const action = {
        c: () => copySource(row),
        m: () => R.openFlagDialog(),
        s: () => R.applyFirstSuggestion(row),
        d: () => row && toggleDiff(row),
        h: () => row && showHistory(row),
      }[letterOf(e)];
      if (digit && row) {
        e.preventDefault();
        return R.insertTermNumber(row, digit);
      }
      if (action) {
        e.preventDefault();
        return action();
      }
    }
    if (e.key === "Escape" && row && typing && e.target.classList.contains("editor")) {
      R.closeEditor(row);
      return row.focus();
    }
    if (typing) return;
    if (e.key === "?" || e.key === "F1") {
      e.preventDefault();
      return help.showModal();
    }
    if (e.key === "/") {
      e.preventDefault();
      return document.getElementById("review-search").focus();
    }
    if (e.key === "Enter" && e.target === row) {
      e.preventDefault();
      return R.openEditor(row);
    }
  });

  const BUTTONS = {
    "save-row": (row) => saveRow(row, R.saveStatus, false),
    "approve-row": (row) => saveRow(row, "final", false),
    "copy-source": (row) => copySource(row),
    apply: (row, button) => R.applySuggestion(button.closest(".flag-item"), button.dataset.suggestion),
    "insert-suggestion": (row, button) => R.insertSuggestion(button.closest(".flag-item"), button.dataset.suggestion),
    "correct-source": (row, button) => R.correctSource(button.closest(".flag-item"), button.dataset.suggestion),
    resolve: (row, button) => R.setFlagStatus(button.closest(".flag-item"), "resolved"),
    dismiss: (row, button) => R.setFlagStatus(button.closest(".flag-item"), "dismissed"),
    "insert-term": (row, button) => R.insertTerm(row, button.dataset.text),
    "toggle-diff": (row) => toggleDiff(row),
    "load-history": (row) => showHistory(row),
  };
  root.addEventListener("click", (e) => {
    const button = e.target.closest("button");
    const row = R.rowOf(e.target);
    const action = button && Object.keys(BUTTONS).find((name) => button.classList.contains(name));
    if (action && row) {
      if (row !== R.active()) R.activate(row, false, false);
      return BUTTONS[action](row, button);
    }
    if (!row || button || !window.getSelection().isCollapsed) return;
    // A click activates without scrolling, so a double-click selects the word under the pointer.
    if (row !== R.active()) R.activate(row, Boolean(e.target.closest(".tgt")), false);
    else if (e.target.closest(".tgt")) R.openEditor(row);
  });
  root.addEventListener("input", (e) => {
    if (!e.target.classList.contains("editor")) return;
    e.target.style.height = "auto";
    e.target.style.height = `${e.target.scrollHeight + 2}px`;
    R.rowOf(e.target).classList.toggle("dirty", R.isDirty(R.rowOf(e.target)));
  });
  // Where the translator puts the caret, a term goes (review-terms.js); until then, at the end.
  for (const type of ["input", "keyup", "mouseup", "select"]) {
    root.addEventListener(type, (e) => e.target.classList?.contains("editor") && (e.target.dataset.caret = "1"));
  }

  document.getElementById("help-button").addEventListener("click", () => help.showModal());
  document.getElementById("flag-button")?.addEventListener("mousedown", (e) => e.preventDefault()); // keep the selection
  document.getElementById("flag-button")?.addEventListener("click", () => R.openFlagDialog());
  flagDialog?.querySelector("form").addEventListener("submit", (e) => {
    if (e.submitter?.value !== "save") return;
    e.preventDefault();
    R.submitFlag(flagDialog);
  });

  // Arriving from the previous/next page or a link to a segment. After "load": the browser's own
  // move to the URL's fragment would otherwise take the focus from the editor.
  const start = location.hash === "#first" ? R.rows()[0] : location.hash === "#last" ? R.rows().at(-1) : location.hash.startsWith("#seg-") ? root.querySelector(location.hash) : null;
  const edit = location.hash === "#first" || location.hash === "#last";
  if (start && document.readyState === "complete") R.activate(start, edit);
  else if (start) window.addEventListener("load", () => R.activate(start, edit), { once: true });
})();
