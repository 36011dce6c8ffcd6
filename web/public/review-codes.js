// Inline codes in the review editor. Segment texts keep markup as private-use characters
// (src/domain/inline-codes.ts); the page shows them as tag chips, and in the editor as readable
// tokens (⟨b1⟩ … ⟨/b1⟩, ⟨img1/⟩) taken from the row's tag buttons. Tokens go back to characters
// just before review.js reads the editor to save (Ctrl+Enter, or a button click), so nothing else
// on the page needs to know about codes. The buttons under the editor, or Alt+T for the next tag
// the translation lacks, put a tag at the caret.
"use strict";
(function () {
  const R = window.GlossaReview;
  const T = window.GlossaText;
  if (!R || !T) return;
  const CODE = /[\uE002-\uEFFF\uF001-\uF6FF]/g;
  const HAS_CODE = /[\uE002-\uEFFF\uF001-\uF6FF]/;
  const TOKEN = /⟨\/?[a-z]*\d+\/?⟩/g;

  /** The row's codes: character -> token and token -> character, from its tag buttons. */
  function mapsOf(row) {
    const toToken = new Map();
    const toChar = new Map();
    for (const b of row.querySelectorAll(".code-tools .insert-code")) {
      toToken.set(b.dataset.char, b.dataset.token);
      toChar.set(b.dataset.token, b.dataset.char);
    }
    return { toToken, toChar };
  }
  /** A token for a character the row has no button for (e.g. a code the source lost in a correction). */
  function genericToken(ch) {
    const c = ch.charCodeAt(0);
    if (c >= 0xf000) return `⟨${c - 0xf000}/⟩`;
    const n = (c - 0xe000) >> 1;
    return c % 2 === 0 ? `⟨${n}⟩` : `⟨/${n}⟩`;
  }
  const toTokens = (text, maps) => text.replace(CODE, (ch) => maps.toToken.get(ch) || genericToken(ch));
  const toChars = (text, maps) => text.replace(TOKEN, (tok) => maps.toChar.get(tok) || tok);

  /** Shows the editor's text with tokens, keeping the caret where it was. */
  function tokenize(ta) {
    const row = R.rowOf(ta);
    if (!row || !row.querySelector(".code-tools")) return;
    const maps = mapsOf(row);
    if (HAS_CODE.test(ta.defaultValue)) ta.defaultValue = toTokens(ta.defaultValue, maps);
    if (!HAS_CODE.test(ta.value)) return;
    const start = toTokens(ta.value.slice(0, ta.selectionStart), maps).length;
    const end = toTokens(ta.value.slice(0, ta.selectionEnd), maps).length;
    ta.value = toTokens(ta.value, maps);
    ta.setSelectionRange(start, end);
  }
  /**
   * The editor's text with characters again, as the server stores it and as offsets count (the
   * selection is mapped too), for whatever reads the editor next; tokens come back a moment later.
   */
  function untokenize(ta) {
    const row = R.rowOf(ta);
    if (!row || !row.querySelector(".code-tools")) return;
    const maps = mapsOf(row);
    const start = toChars(ta.value.slice(0, ta.selectionStart), maps).length;
    const end = toChars(ta.value.slice(0, ta.selectionEnd), maps).length;
    ta.value = toChars(ta.value, maps);
    ta.defaultValue = toChars(ta.defaultValue, maps);
    ta.setSelectionRange(start, end);
    setTimeout(() => tokenize(ta), 0);
  }
  /** The tag buttons are shown while the editor is. */
  function syncTools(row) {
    const ta = R.editorOf(row);
    const tools = row.querySelector(".code-tools");
    // Only on a change: setting an attribute queues a mutation record even when the value is the same.
    if (ta && tools && tools.hidden !== ta.hidden) tools.hidden = ta.hidden;
  }
  function prepare(scope) {
    if (!scope.querySelectorAll) return;
    for (const ta of scope.querySelectorAll("textarea.editor")) {
      tokenize(ta);
      syncTools(R.rowOf(ta));
    }
  }

  function insertTag(row, token) {
    if (!R.can.edit) return R.say(R.t("review.noPermission"), true);
    R.openEditor(row);
    T.insertIntoEditor(R.editorOf(row), token);
  }
  /** The first of the source's tags the translation does not hold yet. */
  function nextMissing(row) {
    const ta = R.editorOf(row);
    const present = new Set((ta.value.match(TOKEN) || []).concat(ta.value.match(CODE) || []));
    for (const b of row.querySelectorAll(".code-tools .insert-code")) if (!present.has(b.dataset.token) && !present.has(b.dataset.char)) return b.dataset.token;
    return undefined;
  }

  // Before review.js reads an editor to save: characters back (capture phase runs first).
  document.addEventListener(
    "keydown",
    (e) => {
      // Saving (Ctrl+Enter) and flagging a selection (Alt+M) read the editor as the server counts.
      if (((e.ctrlKey || e.metaKey) && e.key === "Enter") || (e.altKey && !e.ctrlKey && (e.code === "KeyM" || e.code === "KeyS"))) {
        const row = R.root.querySelector("article.seg.active");
        const ta = row && R.editorOf(row);
        if (ta) untokenize(ta);
      }
      if (e.altKey && !e.ctrlKey && e.code === "KeyT") {
        const row = R.root.querySelector("article.seg.active");
        if (!row || !row.querySelector(".code-tools")) return;
        e.preventDefault();
        e.stopPropagation();
        const token = nextMissing(row);
        if (token) insertTag(row, token);
      }
    },
    true,
  );
  R.root.addEventListener(
    "click",
    (e) => {
      const button = e.target.closest("button");
      const row = R.rowOf(e.target);
      if (!button || !row) return;
      if (button.classList.contains("insert-code")) {
        e.stopPropagation();
        return insertTag(row, button.dataset.token);
      }
      const ta = R.editorOf(row);
      if (ta) untokenize(ta);
    },
    true,
  );
  document.getElementById("flag-button")?.addEventListener(
    "click",
    () => {
      const row = R.root.querySelector("article.seg.active");
      const ta = row && R.editorOf(row);
      if (ta && !ta.hidden) untokenize(ta);
    },
    true,
  );
  // Text put in by other tools (Alt+C copies the source with its codes) shows as tokens too.
  R.root.addEventListener("input", (e) => e.target.classList?.contains("editor") && tokenize(e.target));
  R.root.addEventListener("focusin", (e) => e.target.classList?.contains("editor") && tokenize(e.target));

  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "attributes") {
        if (r.target.tagName === "TEXTAREA") syncTools(R.rowOf(r.target));
      }
      else for (const node of r.addedNodes) if (node.nodeType === 1) prepare(node);
    }
  }).observe(R.root, { subtree: true, childList: true, attributes: true, attributeFilter: ["hidden"] });
  prepare(R.root);
})();
