// Splitting and merging segments on the review page (reviewers), and a segment's source history.
// A dialog shows where the split goes (the caret in the source) or what the merge gives; after
// the change the page reloads on the segment, since positions and rows have changed.
"use strict";
(function () {
  const R = window.GlossaReview;
  if (!R) return;
  const { root, say, api } = R;
  const splitDialog = document.getElementById("split-dialog");
  const mergeDialog = document.getElementById("merge-dialog");
  const splitText = document.getElementById("split-text");
  const sourceLang = root.dataset.sourceLang;
  const sourceBox = (row) => row.querySelector('.text[data-side="source"]');
  const activeRow = () => root.querySelector("article.seg.active");
  const failure = (res) => (res.data && res.data.detail) || String(res.status);

  function reloadAt(segmentId) {
    history.replaceState(null, "", `${location.pathname}${location.search}#seg-${segmentId}`);
    location.reload();
  }

  /** Where the reader's caret or selection is in the row's source, or -1. */
  function caretInSource(row) {
    const box = sourceBox(row);
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || !box.contains(sel.anchorNode)) return -1;
    const range = document.createRange();
    range.selectNodeContents(box);
    range.setEnd(sel.getRangeAt(0).startContainer, sel.getRangeAt(0).startOffset);
    return range.toString().length;
  }

  /** A first guess: after the first sentence mark followed by a space, else the middle space. */
  function guessCut(text) {
    const mark = /[.!?…。！？][»”’"')\]」』）]*\s+/u.exec(text.slice(0, -1));
    if (mark) return mark.index + mark[0].length;
    const middle = text.indexOf(" ", text.length >> 1);
    return middle > 0 ? middle + 1 : text.length >> 1;
  }

  function showSplitPreview() {
    const text = splitText.value;
    const at = splitText.selectionStart;
    const first = text.slice(0, at).trimEnd();
    const second = text.slice(at).trimStart();
    document.getElementById("split-first").textContent = first;
    document.getElementById("split-second").textContent = second;
    document.getElementById("split-confirm").disabled = !first || !second;
  }

  /** Unsaved text in the editor would be lost by the reload: it must be saved first. */
  function refuseWhenDirty(row) {
    if (!R.isDirty(row)) return false;
    say(splitDialog.dataset.dirty, true);
    return true;
  }

  function openSplit(row) {
    if (!row || !splitDialog || refuseWhenDirty(row)) return;
    const text = sourceBox(row).textContent;
    const caret = caretInSource(row);
    const at = caret > 0 && caret < text.length ? caret : guessCut(text);
    splitDialog.dataset.segment = row.dataset.segment;
    splitDialog.dataset.version = row.dataset.sourceVersion;
    document.getElementById("split-error").hidden = true;
    splitText.value = text;
    splitText.lang = sourceLang;
    splitDialog.showModal();
    splitText.focus();
    splitText.setSelectionRange(at, at);
    showSplitPreview();
  }

  function nextInParagraph(row) {
    const next = row.nextElementSibling;
    return next && next.matches("article.seg") ? next : null;
  }

  function openMerge(row) {
    if (!row || !mergeDialog || refuseWhenDirty(row)) return;
    const next = nextInParagraph(row);
    if (!next) return say(mergeDialog.dataset.none, true);
    if (refuseWhenDirty(next)) return;
    const joiner = sourceLang === "zh" ? "" : " ";
    const preview = document.getElementById("merge-preview");
    preview.textContent = sourceBox(row).textContent + joiner + sourceBox(next).textContent;
    preview.lang = sourceLang;
    mergeDialog.dataset.segment = row.dataset.segment;
    mergeDialog.dataset.version = row.dataset.sourceVersion;
    mergeDialog.dataset.next = next.dataset.segment;
    mergeDialog.dataset.nextVersion = next.dataset.sourceVersion;
    document.getElementById("merge-error").hidden = true;
    mergeDialog.showModal();
    document.getElementById("merge-confirm").focus();
  }

  async function confirm(dialog, errorId, url, body) {
    const res = await api("POST", url, body);
    if (res.ok) return reloadAt(dialog.dataset.segment);
    const error = document.getElementById(errorId);
    error.textContent = res.status === 409 ? `${splitDialog.dataset.stale} (${failure(res)})` : `${splitDialog.dataset.failed} (${failure(res)})`;
    error.hidden = false;
  }

  async function toggleSourceHistory(row) {
    const box = row.querySelector(".source-history");
    const button = row.querySelector(".load-source-history");
    if (!box.hidden) {
      box.hidden = true;
      return button.setAttribute("aria-expanded", "false");
    }
    const res = await fetch(`/fragments/segments/${row.dataset.segment}/source-history`, { credentials: "same-origin" });
    const holder = document.createElement("template");
    holder.innerHTML = res.ok ? await res.text() : ""; // server-rendered, escaped by Hono JSX
    box.replaceChildren(holder.content);
    box.hidden = false;
    button.setAttribute("aria-expanded", "true");
  }

  root.addEventListener("click", (e) => {
    const button = e.target.closest("button");
    const row = R.rowOf(e.target);
    if (!button || !row) return;
    if (button.classList.contains("split-segment")) return openSplit(row);
    if (button.classList.contains("merge-next")) return openMerge(row);
    if (button.classList.contains("load-source-history")) return toggleSourceHistory(row);
  });
  // The split button is pressed with a caret or selection in the source: keep it.
  root.addEventListener("mousedown", (e) => e.target.closest?.(".split-segment") && e.preventDefault());

  document.addEventListener("keydown", (e) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || document.querySelector("dialog[open]")) return;
    if (e.code !== "KeyK" && e.code !== "KeyJ") return;
    if (!splitDialog) return say(R.t("review.noPermission"), true);
    e.preventDefault();
    if (e.code === "KeyK") openSplit(activeRow());
    else openMerge(activeRow());
  });

  if (splitDialog) {
    for (const type of ["keyup", "mouseup", "select", "input"]) splitText.addEventListener(type, showSplitPreview);
    // The text is there to move the cursor in, not to edit (a readonly field shows no cursor).
    splitText.addEventListener("beforeinput", (e) => e.preventDefault());
    splitDialog.querySelector("form").addEventListener("submit", (e) => {
      if (e.submitter?.value !== "split") return;
      e.preventDefault();
      confirm(splitDialog, "split-error", `/api/segments/${splitDialog.dataset.segment}/split`, { at: splitText.selectionStart, version: Number(splitDialog.dataset.version) });
    });
    mergeDialog.querySelector("form").addEventListener("submit", (e) => {
      if (e.submitter?.value !== "merge") return;
      e.preventDefault();
      const body = { version: Number(mergeDialog.dataset.version), nextId: Number(mergeDialog.dataset.next), nextVersion: Number(mergeDialog.dataset.nextVersion) };
      confirm(mergeDialog, "merge-error", `/api/segments/${mergeDialog.dataset.segment}/merge-next`, body);
    });
  }
})();
