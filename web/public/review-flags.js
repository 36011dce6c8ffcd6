// Flags on the review page: applying a suggestion to the translation, inserting a missing term,
// correcting the source (reviewers, after a confirmation), resolving, and flagging a selection.
"use strict";
(function () {
  const R = window.GlossaReview;
  if (!R) return;
  const { root, t, say, api, rowOf, editorOf } = R;
  const { selectionIn } = window.GlossaText;
  const flagOf = (item) => ({ id: Number(item.dataset.flag), start: Number(item.dataset.start), end: Number(item.dataset.end), text: item.querySelector(".flag-text").textContent });

  /** Replaces the flagged words of the translation and saves; the flag is resolved with the save. */
  async function applySuggestion(item, suggestion) {
    const row = rowOf(item);
    if (item.dataset.side !== "target") return; // a suggestion changes only the text being edited
    const ta = editorOf(row);
    if (!ta) return say(t("review.noPermission"), true);
    const flag = flagOf(item);
    // The editor may hold unsaved edits: find the flagged words nearest to where they were.
    const base = ta.value;
    const at = base.slice(flag.start, flag.end) === flag.text ? flag.start : base.indexOf(flag.text);
    if (at < 0) return say(t("review.suggestionStale", { text: flag.text }), true);
    const text = base.slice(0, at) + suggestion + base.slice(at + flag.text.length);
    await R.save(row, R.saveStatus, { text, resolveFlags: [flag.id] });
  }

  /** A term the translation lacks goes into it at the caret; the next check settles the flag. */
  function insertSuggestion(item, suggestion) {
    if (R.insertAtCaret(rowOf(item), suggestion)) say(t("review.termInserted"));
  }

  /** The reviewer's explicit source correction: shown as a diff with what it does, then confirmed. */
  async function correctSource(item, suggestion) {
    const row = rowOf(item);
    const source = row.querySelector('.text[data-side="source"]').textContent;
    const flag = flagOf(item);
    if (source.slice(flag.start, flag.end) !== flag.text) return say(t("review.suggestionStale", { text: flag.text }), true);
    const text = source.slice(0, flag.start) + suggestion + source.slice(flag.end);
    const langs = (row.dataset.translatedLangs || "").split(" ").filter(Boolean);
    const confirmed = await R.confirmDialog("source-dialog", (dialog) => {
      dialog.querySelector(".source-diff").replaceChildren(R.diffNode(source, text, R.sourceLang));
      dialog.querySelector(".source-affected").textContent = langs.length ? t("review.sourceAffects", { languages: langs.map((l) => t(`lang.${l}`)).join(", ") }) : t("review.sourceAffectsNone");
    });
    if (!confirmed) return;
    const res = await api("PATCH", `/api/segments/${row.dataset.segment}/source`, { text, version: Number(row.dataset.sourceVersion), resolveFlags: [flag.id] });
    if (!res.ok) return R.failed(res);
    say(t("review.sourceCorrected"));
    R.refreshRow(row.dataset.segment);
  }

  /** Resolves or dismisses a flag. One a re-check replaced meanwhile (404) is already settled. */
  async function setFlagStatus(item, status) {
    const row = rowOf(item);
    const res = await api("PATCH", `/api/flags/${item.dataset.flag}`, { status });
    if (!res.ok && res.status !== 404) return R.failed(res);
    say(res.ok ? t(status === "resolved" ? "review.resolved" : "review.dismissed") : t("review.flagGone"));
    R.refreshRow(row.dataset.segment);
  }

  /** Alt+S: the first suggestion of the translation's flags, applied. */
  function applyFirstSuggestion(row) {
    const button = row && row.querySelector('.flag-item[data-side="target"] button.apply');
    if (!button) return say(t("review.noSuggestion"));
    applySuggestion(button.closest(".flag-item"), button.dataset.suggestion);
  }

  function openFlagDialog() {
    const dialog = document.getElementById("flag-dialog");
    if (!dialog) return say(t("review.noPermission"), true);
    let target = null;
    for (const container of root.querySelectorAll(".text[data-side]")) {
      const span = selectionIn(container);
      if (span) target = { container, span };
    }
    const active = R.active();
    const ta = active && editorOf(active);
    if (!target && ta && !ta.hidden && ta.selectionEnd > ta.selectionStart && !R.isDirty(active)) {
      target = { container: active.querySelector('.text[data-side="target"]'), span: { start: ta.selectionStart, end: ta.selectionEnd, text: ta.value.slice(ta.selectionStart, ta.selectionEnd) } };
    }
    if (!target) return say(t("review.selectFirst"), true);
    const row = rowOf(target.container);
    document.getElementById("flag-span").textContent = target.span.text;
    document.getElementById("flag-error").hidden = true;
    Object.assign(dialog.dataset, { segment: row.dataset.segment, side: target.container.dataset.side, start: String(target.span.start), end: String(target.span.end) });
    document.getElementById("flag-suggestion").value = "";
    document.getElementById("flag-comment").value = "";
    dialog.showModal();
    document.getElementById("flag-suggestion").focus();
  }

  async function submitFlag(dialog) {
    const side = dialog.dataset.side;
    const body = {
      lang: side === "source" ? R.sourceLang : R.lang,
      side,
      start: Number(dialog.dataset.start),
      end: Number(dialog.dataset.end),
      category: document.getElementById("flag-category").value,
      severity: document.getElementById("flag-severity").value,
    };
    const suggestion = document.getElementById("flag-suggestion").value.trim();
    const comment = document.getElementById("flag-comment").value.trim();
    if (suggestion) body.suggestion = suggestion;
    if (comment) body.comment = comment;
    const res = await api("POST", `/api/segments/${dialog.dataset.segment}/flags`, body);
    if (!res.ok) {
      const error = document.getElementById("flag-error");
      error.textContent = (res.data && res.data.detail) || String(res.status);
      error.hidden = false;
      return;
    }
    dialog.close();
    say(t("review.flagSaved"));
    await R.refreshRow(dialog.dataset.segment);
    const row = root.querySelector(`#seg-${dialog.dataset.segment}`);
    if (row) R.activate(row, false);
  }

  Object.assign(R, { applySuggestion, insertSuggestion, correctSource, setFlagStatus, applyFirstSuggestion, openFlagDialog, submitFlag });
})();
