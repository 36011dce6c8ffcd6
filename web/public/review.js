// The review workspace: keyboard-first editing, flagging and term insertion. Rows are rendered
// on the server; after every change the script fetches the row's HTML again and swaps it in, so
// the page and a reload always show the same thing.
"use strict";
(function () {
  const root = document.querySelector(".review");
  if (!root) return;
  const { selectionIn, insertIntoEditor, diffNode, el } = window.GlossaText;
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
  const rows = () => Array.from(root.querySelectorAll("article.seg"));
  const rowOf = (node) => node && node.closest && node.closest("article.seg");
  const editorOf = (row) => row.querySelector("textarea.editor");
  const targetText = (row) => (row.querySelector('.text[data-side="target"]') || {}).textContent || "";
  const isDirty = (row) => Boolean(editorOf(row) && editorOf(row).value !== editorOf(row).defaultValue);

  // ---- moving and editing ----
  function autosize(ta) {
    ta.style.height = "auto";
    ta.style.height = `${ta.scrollHeight + 2}px`;
  }
  function openEditor(row) {
    const ta = editorOf(row);
    if (!ta) return false;
    ta.hidden = false;
    row.querySelector('.text[data-side="target"]').hidden = true;
    const placeholder = row.querySelector(".placeholder");
    if (placeholder) placeholder.hidden = true;
    autosize(ta);
    ta.focus({ preventScroll: true });
    return true;
  }
  function closeEditor(row) {
    const ta = editorOf(row);
    if (!ta || ta.hidden) return;
    ta.hidden = true;
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
    if (page) location.href = `${page}#${step > 0 ? "first" : "last"}`;
    else say(t("review.endOfPage"));
  }

  // ---- refreshing rows from the server ----
  async function refreshRow(segmentId, attempt = 0) {
    const old = root.querySelector(`#seg-${segmentId}`);
    if (!old) return;
    if (isDirty(old) && old === active) return; // never throw away text being typed
    const res = await fetch(`/fragments/segments/${segmentId}/${lang}`, { credentials: "same-origin" });
    if (!res.ok) return;
    const holder = document.createElement("template");
    holder.innerHTML = await res.text(); // server-rendered and escaped by Hono JSX
    const fresh = holder.content.querySelector("article.seg");
    const current = root.querySelector(`#seg-${segmentId}`);
    if (!fresh || !current || (isDirty(current) && current === active)) return;
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

  // ---- saving, conflicts ----
  async function save(row, status, options = {}) {
    const ta = editorOf(row);
    if (!ta) return say(t("review.noPermission"), true), false;
    const text = options.text ?? ta.value;
    if (!text.trim()) return false;
    say(t("review.saving"));
    const version = Number(options.version ?? row.dataset.version);
    const res = await api("PUT", `/api/segments/${row.dataset.segment}/translations/${lang}`, { text, status, version });
    if (res.status === 409 && res.data && res.data.current) {
      showConflict(row, res.data.current, text, status);
      return false;
    }
    if (!res.ok) {
      say(t("review.saveFailed", { reason: (res.data && res.data.detail) || res.status }), true);
      return false;
    }
    ta.value = ta.defaultValue = res.data.text;
    row.dataset.version = String(res.data.version);
    row.classList.remove("dirty");
    say(status === "final" ? t("review.approved") : t("review.saved"));
    refreshRow(row.dataset.segment);
    return true;
  }

  function showConflict(row, theirs, mine, status) {
    row.querySelector(".conflict")?.remove();
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

  // ---- flags ----
  async function setFlagStatus(item, status) {
    const res = await api("PATCH", `/api/flags/${item.dataset.flag}`, { status });
    if (!res.ok) return say(t("review.saveFailed", { reason: (res.data && res.data.detail) || res.status }), true);
    say(t(status === "resolved" ? "review.resolved" : "review.dismissed"));
    refreshRow(rowOf(item).dataset.segment);
  }

  async function applySuggestion(item, suggestion) {
    const row = rowOf(item);
    const start = Number(item.dataset.start);
    const end = Number(item.dataset.end);
    const flagged = item.querySelector(".flag-text").textContent;
    if (item.dataset.side === "source") {
      const source = row.querySelector('.text[data-side="source"]').textContent;
      if (source.slice(start, end) !== flagged) return say(t("review.saveFailed", { reason: flagged }), true);
      const res = await api("PATCH", `/api/segments/${row.dataset.segment}/source`, { text: source.slice(0, start) + suggestion + source.slice(end), version: Number(row.dataset.sourceVersion) });
      if (!res.ok) return say(t("review.saveFailed", { reason: (res.data && res.data.detail) || res.status }), true);
    } else {
      const ta = editorOf(row);
      const base = ta ? ta.value : targetText(row);
      // The editor may hold unsaved edits: find the flagged words nearest to where they were.
      let at = base.slice(start, end) === flagged ? start : base.indexOf(flagged);
      if (at < 0) return say(t("review.saveFailed", { reason: flagged }), true);
      const ok = await save(row, saveStatus, { text: base.slice(0, at) + suggestion + base.slice(at + flagged.length) });
      if (!ok) return;
    }
    // Reviewers close the flag; for others the new check (or the changed span) closes it.
    if (item.querySelector("button.resolve")) await setFlagStatus(item, "resolved");
    else refreshRow(row.dataset.segment);
  }

  function openFlagDialog() {
    const dialog = document.getElementById("flag-dialog");
    if (!dialog) return say(t("review.noPermission"), true);
    let target = null;
    for (const container of root.querySelectorAll(".text[data-side]")) {
      const span = selectionIn(container);
      if (span) target = { container, span };
    }
    const ta = active && editorOf(active);
    if (!target && ta && !ta.hidden && ta.selectionEnd > ta.selectionStart && !isDirty(active)) {
      target = { container: active.querySelector('.text[data-side="target"]'), span: { start: ta.selectionStart, end: ta.selectionEnd, text: ta.value.slice(ta.selectionStart, ta.selectionEnd) } };
    }
    if (!target) return say(t("review.selectFirst"), true);
    const row = rowOf(target.container);
    const side = target.container.dataset.side;
    document.getElementById("flag-span").textContent = target.span.text;
    document.getElementById("flag-error").hidden = true;
    dialog.dataset.segment = row.dataset.segment;
    dialog.dataset.side = side;
    dialog.dataset.start = String(target.span.start);
    dialog.dataset.end = String(target.span.end);
    document.getElementById("flag-suggestion").value = "";
    document.getElementById("flag-comment").value = "";
    dialog.showModal();
    document.getElementById("flag-suggestion").focus();
  }

  async function submitFlag(dialog) {
    const side = dialog.dataset.side;
    const body = {
      lang: side === "source" ? sourceLang : lang,
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
    await refreshRow(dialog.dataset.segment);
    const row = root.querySelector(`#seg-${dialog.dataset.segment}`);
    if (row) activate(row, false);
  }

  window.GlossaReview = { root, t, say, api, rows, rowOf, editorOf, activate, move, save, refreshRow, openFlagDialog, submitFlag, applySuggestion, setFlagStatus, openEditor, closeEditor, isDirty, insertIntoEditor, can, saveStatus, lang };
})();
