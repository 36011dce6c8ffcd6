// The review workspace, core: rows, moving, the in-place editor, saving (conflicts, approved
// segments), confirmations. Rows are rendered on the server; after every change the script
// fetches the row's HTML again and swaps it in, so the page and a reload always show the same.
// review-flags.js, review-terms.js, review-guard.js and review-keys.js build on window.GlossaReview.
"use strict";
(function () {
  const root = document.querySelector(".review");
  if (!root) return;
  const { insertIntoEditor, diffNode, el } = window.GlossaText;
  const strings = JSON.parse(document.getElementById("ui-strings").textContent);
  const t = (key, vars) => (strings[key] || key).replace(/\{\{(\w+)\}\}/g, (_, v) => (vars && v in vars ? vars[v] : ""));
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content || "";
  const lang = root.dataset.lang;
  const sourceLang = root.dataset.sourceLang;
  const can = { edit: root.dataset.canEdit === "true", approve: root.dataset.canApprove === "true", flag: root.dataset.canFlag === "true" };
  const saveStatus = root.dataset.saveStatus || "translated";
  const statusLine = document.getElementById("review-status");
  let active = null;

  // ---- plumbing ----
  function say(message, isError) {
    statusLine.textContent = message;
    statusLine.classList.toggle("is-error", Boolean(isError));
  }
  async function api(method, url, body) {
    const res = await fetch(url, {
      method,
      headers: { "content-type": "application/json", "x-csrf-token": csrf, accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
    const data = (res.headers.get("content-type") || "").includes("json") ? await res.json() : null;
    return { ok: res.ok, status: res.status, data };
  }
  const failed = (res) => say(t("review.saveFailed", { reason: (res.data && res.data.detail) || res.status }), true);
  const rows = () => Array.from(root.querySelectorAll("article.seg"));
  const rowOf = (node) => node && node.closest && node.closest("article.seg");
  const editorOf = (row) => row.querySelector("textarea.editor");
  const isDirty = (row) => Boolean(editorOf(row) && editorOf(row).value !== editorOf(row).defaultValue);

  /** Opens a confirmation <dialog> (see review-dialogs.tsx); resolves true when "confirm" closed it. */
  function confirmDialog(id, fill) {
    const dialog = document.getElementById(id);
    if (!dialog) return Promise.resolve(false);
    if (fill) fill(dialog);
    dialog.returnValue = "";
    return new Promise((resolve) => {
      dialog.addEventListener("close", () => resolve(dialog.returnValue === "confirm"), { once: true });
      dialog.showModal();
    });
  }

  // ---- moving and editing ----
  function autosize(ta) {
    ta.style.height = "auto";
    ta.style.height = `${ta.scrollHeight + 2}px`;
  }
  function openEditor(row) {
    const ta = editorOf(row);
    if (!ta) return false;
    if (ta.hidden) {
      ta.hidden = false;
      row.querySelector('.text[data-side="target"]').hidden = true;
      const placeholder = row.querySelector(".placeholder");
      if (placeholder) placeholder.hidden = true;
      row.classList.add("editing");
      autosize(ta);
      // Until the translator puts the caret somewhere, it waits at the end of the text.
      if (!ta.dataset.caret) ta.setSelectionRange(ta.value.length, ta.value.length);
    }
    ta.focus({ preventScroll: true });
    return true;
  }
  function closeEditor(row) {
    const ta = editorOf(row);
    if (!ta || ta.hidden) return;
    ta.hidden = true;
    row.classList.remove("editing");
    const display = row.querySelector('.text[data-side="target"]');
    display.hidden = display.textContent === "" && !isDirty(row);
    const placeholder = row.querySelector(".placeholder");
    if (placeholder) placeholder.hidden = !display.hidden;
    row.classList.toggle("dirty", isDirty(row));
  }
  function activate(row, edit, scroll = true) {
    if (!row) return;
    if (active && active !== row) {
      closeEditor(active);
      active.classList.remove("active");
    }
    active = row;
    row.classList.add("active");
    if (!(edit && can.edit && openEditor(row))) row.focus({ preventScroll: true });
    if (scroll) row.scrollIntoView({ block: "nearest" });
    history.replaceState(null, "", `#${row.id}`);
  }
  function move(step, edit) {
    const list = rows();
    const index = active ? list.indexOf(active) : -1;
    const next = list[index + step];
    if (next) return activate(next, edit);
    const page = step > 0 ? root.dataset.nextPage : root.dataset.prevPage;
    if (page) R.navigate(`${page}#${step > 0 ? "first" : "last"}`);
    else say(t("review.endOfPage"));
  }
  /** Puts `text` into the row's translation at the caret (or at the end), spaced as a word. */
  function insertAtCaret(row, text) {
    if (!can.edit || !editorOf(row) || !text) return say(t("review.noPermission"), true), false;
    if (active !== row) activate(row, true);
    else openEditor(row);
    insertIntoEditor(editorOf(row), text, lang);
    row.classList.add("dirty");
    return true;
  }

  // ---- refreshing rows from the server ----
  async function refreshRow(segmentId, attempt = 0) {
    const old = root.querySelector(`#seg-${segmentId}`);
    if (!old || isDirty(old)) return; // never throw away text being typed
    const res = await fetch(`/fragments/segments/${segmentId}/${lang}`, { credentials: "same-origin" });
    if (!res.ok) return;
    const holder = document.createElement("template");
    holder.innerHTML = await res.text(); // server-rendered and escaped by Hono JSX
    const fresh = holder.content.querySelector("article.seg");
    const current = root.querySelector(`#seg-${segmentId}`);
    if (!fresh || !current || isDirty(current)) return;
    const wasActive = current === active;
    const wasEditing = wasActive && editorOf(current) && !editorOf(current).hidden;
    current.replaceWith(fresh);
    if (wasActive) {
      active = fresh;
      fresh.classList.add("active");
      if (wasEditing) openEditor(fresh);
    }
    if (fresh.dataset.qaPending === "true" && attempt < 30) setTimeout(() => refreshRow(segmentId, attempt + 1), Math.min(250 * (attempt + 1), 2000));
    else if (attempt > 0) say(t("review.qaDone"));
  }

  // ---- saving, approved segments, conflicts ----
  /**
   * Saves the row's translation with `status`. Sending an approved segment back to a lower
   * status asks first. `options`: text (else the editor's), version (after a conflict),
   * resolveFlags (flags the save settles), confirmed (the question was answered).
   */
  async function save(row, status, options = {}) {
    const ta = editorOf(row);
    if (!ta) return say(t("review.noPermission"), true), false;
    const text = options.text ?? ta.value;
    if (!text.trim()) return say(t("review.nothingToSave"), true), false;
    if (row.dataset.status === "final" && status !== "final" && !options.confirmed) {
      const fill = (dialog) => (dialog.querySelector(".demote-text").textContent = t("review.demoteExplain", { status: t(`status.${status}`) }));
      if (!(await confirmDialog("demote-dialog", fill))) return openEditor(row), false;
    }
    say(t("review.saving"));
    const body = { text, status, version: Number(options.version ?? row.dataset.version) };
    if (options.resolveFlags) body.resolveFlags = options.resolveFlags;
    // review-mt.js: editor time, the origin of an inserted TM/MT text, the MT baseline of a post-edit.
    const before = R.extendSave ? await R.extendSave(row, body) : null;
    if (before) return failed(before), false;
    const res = await api("PUT", `/api/segments/${row.dataset.segment}/translations/${lang}`, body);
    if (res.status === 409 && res.data && res.data.current) return showConflict(row, res.data.current, text, status), false;
    if (!res.ok) return failed(res), false;
    ta.value = ta.defaultValue = res.data.text;
    row.dataset.version = String(res.data.version);
    row.dataset.status = res.data.status;
    row.classList.remove("dirty");
    if (R.afterSave) R.afterSave(row);
    say(status === "final" ? t("review.approved") : t("review.saved"));
    refreshRow(row.dataset.segment);
    return true;
  }

  function showConflict(row, theirs, mine, status) {
    row.querySelector(".conflict")?.remove();
    // Saving mine over theirs replaces their version: an approved one is asked about again.
    row.dataset.status = theirs.status;
    const box = el(
      "div",
      { class: "conflict", role: "alert" },
      el("strong", {}, t("review.conflictTitle")),
      el("p", {}, t("review.conflictExplain")),
      el("div", { class: "conflict-version" }, el("span", { class: "muted" }, `${t("review.theirs")} (v${theirs.version}, ${t(`status.${theirs.status}`)})`), el("div", { lang }, theirs.text)),
      el("div", { class: "conflict-version" }, el("span", { class: "muted" }, t("review.yours")), el("div", { lang }, mine)),
      el("div", { class: "conflict-diff" }, diffNode(theirs.text, mine, lang)),
      el(
        "div",
        { class: "conflict-actions" },
        el("button", { type: "button", class: "keep-mine", onclick: () => save(row, status, { text: mine, version: theirs.version }).then((ok) => ok && box.remove()) }, t("review.keepMine")),
        el("button", { type: "button", class: "take-theirs", onclick: () => takeTheirs(row, theirs, box) }, t("review.takeTheirs")),
      ),
    );
    row.querySelector(".tgt").append(box);
    say(t("review.conflictTitle"), true);
  }
  function takeTheirs(row, theirs, box) {
    const ta = editorOf(row);
    ta.value = ta.defaultValue = theirs.text;
    row.dataset.version = String(theirs.version);
    box.remove();
    row.classList.remove("dirty");
    refreshRow(row.dataset.segment);
  }

  const R = {
    root, t, say, api, failed, rows, rowOf, editorOf, isDirty, confirmDialog, activate, move, save, refreshRow, openEditor, closeEditor, insertAtCaret,
    insertIntoEditor, diffNode, can, saveStatus, lang, sourceLang,
    active: () => active,
    /** Goes to another page; review-guard.js asks first when text is unsaved. */
    navigate: (url) => location.assign(url),
  };
  window.GlossaReview = R;
})();
