// Term hits on the review page: the popover, insertion into the translation at the caret, and a
// roving tabindex (Tab stops at one term per row; ←/→, Home and End move between its terms).
"use strict";
(function () {
  const R = window.GlossaReview;
  if (!R) return;
  const { root, t, say } = R;
  const popover = document.getElementById("term-popover");

  function insertTerm(row, text) {
    if (!text) return say(t("review.noTargetTerm"), true);
    if (R.insertAtCaret(row, text)) say(t("review.termInserted"));
  }

  /** Alt+1…9: the row's term n (as numbered in its terms panel). */
  function insertTermNumber(row, n) {
    const button = row && row.querySelector(`.term-list li[data-term-index="${n - 1}"] .insert-term`);
    if (button) insertTerm(row, button.dataset.text);
  }

  // ---- roving tabindex ----
  const termsOf = (term) => Array.from(R.rowOf(term).querySelectorAll('.text[data-side="source"] .term'));
  function makeTabStop(term) {
    for (const other of termsOf(term)) other.tabIndex = other === term ? 0 : -1;
  }
  function moveAmongTerms(term, key) {
    const terms = termsOf(term);
    const at = terms.indexOf(term);
    const next = { ArrowRight: terms[at + 1], ArrowLeft: terms[at - 1], Home: terms[0], End: terms.at(-1) }[key];
    if (!next) return;
    makeTabStop(next);
    next.focus();
  }

  // ---- popover ----
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

  root.addEventListener("keydown", (e) => {
    const term = e.target.classList && e.target.classList.contains("term") ? e.target : null;
    if (!term || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "Enter") {
      e.preventDefault();
      return insertTerm(R.rowOf(term), term.dataset.target);
    }
    if (["ArrowRight", "ArrowLeft", "Home", "End"].includes(e.key)) {
      e.preventDefault();
      moveAmongTerms(term, e.key);
    }
  });
  root.addEventListener("mouseover", (e) => e.target.closest?.(".term") && showPopover(e.target.closest(".term")));
  root.addEventListener("mouseout", (e) => e.target.closest?.(".term") && !e.relatedTarget?.closest?.(".term") && hidePopover());
  root.addEventListener("focusin", (e) => {
    if (!e.target.classList?.contains("term")) return hidePopover();
    makeTabStop(e.target);
    showPopover(e.target);
  });

  Object.assign(R, { insertTerm, insertTermNumber });
})();
