// Keyboard shortcuts, clicks and the term popover of the review page (see review.js for the actions).
"use strict";
(function () {
  const R = window.GlossaReview;
  if (!R) return;
  const { root, t, say } = R;
  const popover = document.getElementById("term-popover");
  const help = document.getElementById("help-dialog");
  const flagDialog = document.getElementById("flag-dialog");
  const inField = (node) => node && (node.tagName === "INPUT" || node.tagName === "TEXTAREA" || node.tagName === "SELECT" || node.isContentEditable);
  const active = () => root.querySelector("article.seg.active");

  function insertTerm(row, text) {
    if (!R.can.edit || !text) return say(t("review.noPermission"), true);
    if (active() !== row) R.activate(row, true);
    else R.openEditor(row);
    R.insertIntoEditor(R.editorOf(row), text);
    say(t("review.termInserted"));
  }

  async function saveAndNext(status) {
    const row = active();
    if (!row) return;
    const ta = R.editorOf(row);
    if (!ta) return say(t("review.noPermission"), true);
    if (await R.save(row, status, { text: ta.value })) R.move(1, true);
  }

  function copySource(row) {
    if (!row || !R.editorOf(row)) return say(t("review.noPermission"), true);
    R.openEditor(row);
    const ta = R.editorOf(row);
    ta.select();
    R.insertIntoEditor(ta, row.querySelector('.text[data-side="source"]').textContent);
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

  function showPopover(term) {
    popover.querySelector(".tp-term").textContent = term.dataset.term;
    popover.querySelector(".tp-target").textContent = term.dataset.target ? `→ ${term.dataset.target} (${term.dataset.targetStatus})` : t("review.noTargetTerm");
    popover.querySelector(".tp-note").textContent = term.dataset.note || "";
    popover.hidden = false;
    const box = term.getBoundingClientRect();
    popover.style.left = `${Math.max(4, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 4))}px`;
    popover.style.top = `${window.scrollY + box.bottom + 6}px`;
  }
  const hidePopover = () => (popover.hidden = true);

  document.addEventListener("keydown", (e) => {
    if (document.querySelector("dialog[open]")) return; // dialogs handle their own keys (Esc closes)
    const row = active();
    const typing = inField(e.target);
    if (e.ctrlKey && e.key === "Enter") {
      e.preventDefault();
      if (!e.shiftKey) return saveAndNext(R.saveStatus);
      return R.can.approve ? saveAndNext("final") : say(t("review.noPermission"), true);
    }
    if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      return R.move(e.key === "ArrowDown" ? 1 : -1, Boolean(row && R.editorOf(row) && !R.editorOf(row).hidden) || !row);
    }
    if (e.altKey && !e.ctrlKey) {
      const digit = /^Digit([1-9])$/.exec(e.code);
      const actions = {
        KeyC: () => copySource(row),
        KeyM: () => R.openFlagDialog(),
        KeyS: () => row?.querySelector(".flag-item .apply")?.click(),
        KeyD: () => row && toggleDiff(row),
        KeyH: () => row && showHistory(row),
      };
      if (digit && row) {
        e.preventDefault();
        const button = row.querySelectorAll(".insert-term")[Number(digit[1]) - 1];
        return button ? insertTerm(row, button.dataset.text) : undefined;
      }
      if (actions[e.code]) {
        e.preventDefault();
        return actions[e.code]();
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
    if (e.key === "Enter" && e.target.classList?.contains("term")) {
      e.preventDefault();
      return insertTerm(R.rowOf(e.target), e.target.dataset.target);
    }
    if (e.key === "Enter" && e.target === row) {
      e.preventDefault();
      return R.openEditor(row);
    }
  });

  root.addEventListener("click", (e) => {
    const button = e.target.closest("button");
    const item = e.target.closest(".flag-item");
    const row = R.rowOf(e.target);
    if (button && item && button.classList.contains("apply")) return R.applySuggestion(item, button.dataset.suggestion);
    if (button && item && button.classList.contains("resolve")) return R.setFlagStatus(item, "resolved");
    if (button && item && button.classList.contains("dismiss")) return R.setFlagStatus(item, "dismissed");
    if (button && button.classList.contains("insert-term")) return insertTerm(row, button.dataset.text);
    if (button && button.classList.contains("toggle-diff")) return toggleDiff(row);
    if (button && button.classList.contains("load-history")) return showHistory(row);
    if (!row || button || !window.getSelection().isCollapsed) return;
    // A click activates without scrolling, so a double-click selects the word under the pointer.
    if (row !== active()) R.activate(row, Boolean(e.target.closest(".tgt")), false);
    else if (e.target.closest(".tgt")) R.openEditor(row);
  });
  root.addEventListener("input", (e) => {
    if (!e.target.classList.contains("editor")) return;
    e.target.style.height = "auto";
    e.target.style.height = `${e.target.scrollHeight + 2}px`;
  });

  root.addEventListener("mouseover", (e) => e.target.closest?.(".term") && showPopover(e.target.closest(".term")));
  root.addEventListener("mouseout", (e) => e.target.closest?.(".term") && !e.relatedTarget?.closest?.(".term") && hidePopover());
  root.addEventListener("focusin", (e) => (e.target.classList?.contains("term") ? showPopover(e.target) : hidePopover()));

  document.getElementById("help-button").addEventListener("click", () => help.showModal());
  document.getElementById("flag-button")?.addEventListener("mousedown", (e) => e.preventDefault()); // keep the selection
  document.getElementById("flag-button")?.addEventListener("click", () => R.openFlagDialog());
  flagDialog?.querySelector("form").addEventListener("submit", (e) => {
    if (e.submitter?.value !== "save") return;
    e.preventDefault();
    R.submitFlag(flagDialog);
  });

  // Arriving from the previous/next page or a link to a segment.
  const start = location.hash === "#first" ? R.rows()[0] : location.hash === "#last" ? R.rows().at(-1) : location.hash.startsWith("#seg-") ? root.querySelector(location.hash) : null;
  if (start) R.activate(start, location.hash === "#first" || location.hash === "#last");
})();
