// Text helpers for the review page: selections as UTF-16 offsets, a small word diff for the
// conflict box, and DOM building that never parses user text as HTML.
"use strict";
(function () {
  const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
  const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

  /** Characters (UTF-16 code units, as the server counts) from the start of `container` to a DOM point. */
  function offsetIn(container, node, offset) {
    const range = document.createRange();
    range.selectNodeContents(container);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  /**
   * The current selection as offsets into the text of one `.text[data-side]` element, widened so
   * it never cuts a surrogate pair, or null when nothing is selected there.
   */
  function selectionIn(container) {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
    const text = container.textContent;
    let start = offsetIn(container, range.startContainer, range.startOffset);
    let end = offsetIn(container, range.endContainer, range.endOffset);
    if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
    if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
    // Trim surrounding spaces a double-click or drag picks up.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return start < end ? { start, end, text: text.slice(start, end) } : null;
  }

  /**
   * `text` as it goes between `before` and `after` in a language written with spaces: a space
   * before it unless it follows a space or an opening mark (or an elision, l’), a space after it
   * when a word follows. Chinese takes it as it is.
   */
  function spaced(before, text, after, lang) {
    if (lang === "zh") return text;
    const spaceBefore = before !== "" && !/[\s(\[{«„“‘"'’\/\u2013\u2014-]$/u.test(before) && !/^[\s,.;:!?)\]}»”]/u.test(text);
    const spaceAfter = after !== "" && /^[\p{L}\p{N}]/u.test(after);
    return `${spaceBefore ? " " : ""}${text}${spaceAfter ? " " : ""}`;
  }

  /**
   * Replaces the textarea's selection with `text` (spaced as a word when `lang` is given) and
   * keeps undo and input events working.
   */
  function insertIntoEditor(textarea, text, lang) {
    textarea.focus();
    const { selectionStart, selectionEnd, value } = textarea;
    const piece = lang ? spaced(value.slice(0, selectionStart), text, value.slice(selectionEnd), lang) : text;
    textarea.setRangeText(piece, selectionStart, selectionEnd, "end");
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  /** Words and spaces (Latin scripts) or single characters (Chinese). */
  function tokens(text, lang) {
    if (lang === "zh") return Array.from(text);
    return text.match(/\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) || [];
  }

  /** A longest-common-subsequence diff of two short texts: [{op, text}]. */
  function diff(before, after, lang) {
    const a = tokens(before, lang);
    const b = tokens(after, lang);
    const rows = a.length + 1;
    const cols = b.length + 1;
    // Segments are short; a pathological pair is shown as one replacement instead.
    if (rows * cols > 4_000_000) return [{ op: "delete", text: before }, { op: "insert", text: after }];
    const lcs = new Uint16Array(rows * cols);
    for (let i = a.length - 1; i >= 0; i--)
      for (let j = b.length - 1; j >= 0; j--)
        lcs[i * cols + j] = a[i] === b[j] ? lcs[(i + 1) * cols + j + 1] + 1 : Math.max(lcs[(i + 1) * cols + j], lcs[i * cols + j + 1]);
    const out = [];
    const push = (op, text) => (out.length && out[out.length - 1].op === op ? (out[out.length - 1].text += text) : out.push({ op, text }));
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) {
        push("equal", a[i]);
        i++;
        j++;
      } else if (lcs[(i + 1) * cols + j] >= lcs[i * cols + j + 1]) push("delete", a[i++]);
      else push("insert", b[j++]);
    }
    while (i < a.length) push("delete", a[i++]);
    while (j < b.length) push("insert", b[j++]);
    return out;
  }

  /** document.createElement with text content and attributes; children may be nodes or strings. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  function diffNode(before, after, lang) {
    return el("span", { class: "diff", lang }, diff(before, after, lang).map((p) => (p.op === "equal" ? p.text : el(p.op === "insert" ? "ins" : "del", {}, p.text))));
  }

  window.GlossaText = { offsetIn, selectionIn, spaced, insertIntoEditor, diff, diffNode, el };
})();
