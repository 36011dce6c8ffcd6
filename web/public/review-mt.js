// The TM/MT panel of the review workspace: translation-memory matches of the active row (score,
// origin, difference from this segment's source), a machine translation on demand with the terms
// it got wrong, a concordance search; Insert buttons, Alt+I (best) and Alt+G (ask MT). It also
// measures editor time (focus to save) and tells review.js what to send with a save: the origin of
// an inserted TM/MT text kept as it was, and, for an edited MT text, the MT output first, so
// post-editing effort has its baseline.
"use strict";
(function () {
  const R = window.GlossaReview;
  if (!R) return;
  const { root, t, say, api, lang, sourceLang } = R;
  const { el } = window.GlossaText;
  const cache = new Map(); // segmentId -> { tm, mt }
  const timers = new Map(); // segmentId -> { spent, since }
  let providers = null; // [{ name, label, isDefault }] once known

  const panelOf = (row) => row && row.querySelector(".tm-tool");
  const idOf = (row) => row.dataset.segment;

  fetch("/api/mt/providers", { credentials: "same-origin", headers: { accept: "application/json" } })
    .then((res) => (res.ok ? res.json() : { providers: [] }))
    .then((data) => {
      providers = data.providers || [];
      const row = R.active();
      if (row) render(row);
    })
    .catch(() => (providers = []));

  // ---- rendering ----
  function diffView(parts) {
    return el("div", { class: "tm-diff", "aria-label": t("mt.diffFromSegment"), title: t("mt.diffFromSegment") }, ...parts.map((p) => (p.op === "equal" ? p.text : el(p.op === "insert" ? "ins" : "del", {}, p.text))));
  }
  function insertButton(row, text, origin) {
    if (!panelOf(row).dataset.canEdit) return null;
    return el("button", { type: "button", class: "tm-insert", onclick: () => insert(row, text, origin) }, t("mt.insert"));
  }
  function matchItem(row, m) {
    const kind = m.kind === "context" ? t("mt.kindContext") : m.kind === "exact" ? t("mt.kindExact") : t("mt.kindFuzzy");
    const origin = m.origin === "tmx" ? t("mt.originTmx") : t("mt.originSegment");
    return el(
      "li",
      { class: "tm-match" },
      el("div", { class: "tm-head" }, el("span", { class: `tm-score kind-${m.kind}` }, t("mt.score", { score: m.score })), el("span", {}, kind), el("span", {}, `· ${origin}${m.author ? ` · ${m.author}` : ""}`), insertButton(row, m.target, `tm:${m.score}`)),
      el("div", { class: "tm-target", lang }, m.target),
      m.score < 100 && m.diff ? diffView(m.diff) : null,
    );
  }
  function renderTm(row, entry) {
    const box = panelOf(row).querySelector(".tm-matches");
    if (!entry.tm) return box.replaceChildren(el("p", { class: "tm-notice" }, t("mt.loading")));
    if (entry.tm.error) return box.replaceChildren(el("p", { class: "tm-notice is-error" }, entry.tm.error));
    if (entry.tm.matches.length === 0) return box.replaceChildren(el("p", { class: "tm-notice" }, t("mt.noMatches", { threshold: entry.tm.threshold })));
    box.replaceChildren(el("ol", {}, ...entry.tm.matches.map((m) => matchItem(row, m))));
  }
  function renderMt(row, entry) {
    const box = panelOf(row).querySelector(".mt-suggestion");
    if (providers === null) return box.replaceChildren();
    if (providers.length === 0) return box.replaceChildren(el("p", { class: "tm-notice" }, t("mt.notConfigured")));
    const provider = providers.find((p) => p.isDefault) || providers[0];
    const ask = el("button", { type: "button", class: "ask-mt", onclick: () => askMachine(row) }, `${t("mt.ask", { provider: provider.label })}`);
    const mt = entry.mt;
    if (!mt) return box.replaceChildren(ask);
    if (mt.pending) return box.replaceChildren(el("p", { class: "tm-notice" }, t("mt.asking")));
    if (mt.error) return box.replaceChildren(el("p", { class: "tm-notice is-error", role: "alert" }, t("mt.failed", { reason: mt.error })), ask);
    const glossaryNote = { glossary: t("mt.glossaryGlossary"), prompt: t("mt.glossaryPrompt"), none: t("mt.glossaryNone") }[mt.glossary];
    const misses = mt.termMisses.length
      ? [el("p", { class: "tm-notice is-error" }, t("mt.termMisses")), el("ul", { class: "term-misses" }, ...mt.termMisses.map((m) => el("li", {}, m.expected ? t("mt.termMiss", { source: m.source || m.found || "", expected: m.expected }) : m.message)))]
      : mt.terms.length
        ? [el("p", { class: "tm-notice" }, t("mt.termsOk"))]
        : [];
    box.replaceChildren(
      el(
        "div",
        { class: "tm-match" },
        el("div", { class: "tm-head" }, el("span", { class: "tm-score kind-mt" }, "MT"), el("span", {}, mt.label), insertButton(row, mt.text, mt.origin)),
        el("div", { class: "tm-target", lang }, mt.text),
        mt.terms.length ? el("p", { class: "tm-notice" }, glossaryNote) : null,
        ...misses,
      ),
      ask,
    );
  }
  function render(row) {
    if (!panelOf(row)) return;
    const entry = cache.get(idOf(row));
    if (!entry) return load(row);
    renderTm(row, entry);
    renderMt(row, entry);
  }

  // ---- loading ----
  async function load(row) {
    const id = idOf(row);
    const entry = { tm: null, mt: null };
    cache.set(id, entry);
    render(row);
    const res = await api("GET", `/api/segments/${id}/tm?lang=${lang}`);
    entry.tm = res.ok ? res.data : { error: (res.data && res.data.detail) || String(res.status) };
    const current = root.querySelector(`#seg-${id}`);
    if (current) render(current);
  }
  async function askMachine(row) {
    if (!providers || providers.length === 0) return say(t("mt.notConfigured"), true);
    const id = idOf(row);
    const entry = cache.get(id) || { tm: null, mt: null };
    cache.set(id, entry);
    entry.mt = { pending: true };
    render(row);
    const res = await api("POST", `/api/segments/${id}/mt?lang=${lang}`);
    entry.mt = res.ok ? res.data : { error: (res.data && res.data.detail) || String(res.status) };
    const current = root.querySelector(`#seg-${id}`);
    if (current) render(current);
    if (res.ok) panelOf(current || row)?.querySelector(".mt-suggestion .tm-insert")?.focus({ preventScroll: true });
  }

  // ---- inserting ----
  /** Replaces the translation with `text`; a save of it unchanged keeps `origin`. */
  function insert(row, text, origin) {
    if (!R.can.edit || !R.editorOf(row)) return say(t("review.noPermission"), true);
    if (R.active() !== row) R.activate(row, true);
    R.openEditor(row);
    const ta = R.editorOf(row);
    ta.select();
    R.insertIntoEditor(ta, text);
    ta.dataset.insertedText = text;
    ta.dataset.insertedOrigin = origin;
    row.classList.add("dirty");
    say(t("mt.inserted"));
  }
  function insertBest(row) {
    const entry = row && cache.get(idOf(row));
    const best = entry && entry.tm && entry.tm.matches && entry.tm.matches[0];
    if (best) return insert(row, best.target, `tm:${best.score}`);
    if (entry && entry.mt && entry.mt.text) return insert(row, entry.mt.text, entry.mt.origin);
    say(t("mt.noMatches", { threshold: (entry && entry.tm && entry.tm.threshold) || "" }), true);
  }

  // ---- editor time: focus to save, summed over the times the editor had the focus ----
  root.addEventListener("focusin", (e) => {
    const row = R.rowOf(e.target);
    if (!row) return;
    if (e.target.classList?.contains("editor")) {
      const timer = timers.get(idOf(row)) || { spent: 0, since: null };
      timer.since = performance.now();
      timers.set(idOf(row), timer);
    }
    if (panelOf(row) && !panelOf(row).querySelector(".tm-matches").hasChildNodes()) render(row);
  });
  root.addEventListener("focusout", (e) => {
    const row = R.rowOf(e.target);
    const timer = row && e.target.classList?.contains("editor") && timers.get(idOf(row));
    if (timer && timer.since !== null) {
      timer.spent += performance.now() - timer.since;
      timer.since = null;
    }
  });
  function timeSpent(row) {
    const timer = timers.get(idOf(row));
    if (!timer) return 0;
    return Math.round(timer.spent + (timer.since === null ? 0 : performance.now() - timer.since));
  }

  /** Called by review.js before a save: adds the editor time and the inserted text's origin. */
  R.extendSave = async (row, body) => {
    const spent = timeSpent(row);
    if (spent > 0) body.timeSpentMs = Math.min(spent, 86_400_000);
    const ta = R.editorOf(row);
    const insertedText = ta && ta.dataset.insertedText;
    const origin = ta && ta.dataset.insertedOrigin;
    if (!insertedText || !origin) return null;
    if (body.text === insertedText) {
      body.origin = origin;
      return null;
    }
    if (!origin.startsWith("mt:")) return null;
    // Post-edited MT: the MT output is saved first, as the baseline the edit is measured from.
    const first = await api("PUT", `/api/segments/${idOf(row)}/translations/${lang}`, { text: insertedText, origin, status: "initial", version: body.version });
    if (!first.ok) return first;
    body.version = first.data.version;
    return null;
  };
  /** Called by review.js after a save: the next edit starts a new measurement. */
  R.afterSave = (row) => {
    timers.delete(idOf(row));
    const ta = R.editorOf(row);
    if (ta) delete ta.dataset.insertedText, delete ta.dataset.insertedOrigin;
  };

  // ---- a row swapped in after a save keeps its panel ----
  new MutationObserver(() => {
    const row = R.active();
    if (row && panelOf(row) && !panelOf(row).querySelector(".tm-matches").hasChildNodes() && cache.has(idOf(row))) render(row);
  }).observe(root, { childList: true, subtree: true });

  // ---- concordance ----
  function marked(text, spans) {
    const parts = [];
    let at = 0;
    for (const [start, end] of spans || []) {
      if (start < at) continue;
      parts.push(text.slice(at, start), el("mark", {}, text.slice(start, end)));
      at = end;
    }
    parts.push(text.slice(at));
    return parts;
  }
  root.addEventListener("submit", async (e) => {
    const form = e.target.closest(".concordance-form");
    if (!form) return;
    e.preventDefault();
    const q = form.elements.q.value.trim();
    const box = form.parentElement.querySelector(".concordance-results");
    if (!q) return box.replaceChildren();
    box.replaceChildren(el("p", { class: "tm-notice" }, t("mt.loading")));
    const res = await api("GET", `/api/tm/search?q=${encodeURIComponent(q)}&limit=20`);
    if (!res.ok) return box.replaceChildren(el("p", { class: "tm-notice is-error" }, (res.data && res.data.detail) || String(res.status)));
    const results = res.data.results.filter((r) => [r.sourceLang, r.targetLang].includes(lang) || [r.sourceLang, r.targetLang].includes(sourceLang));
    if (results.length === 0) return box.replaceChildren(el("p", { class: "tm-notice" }, t("mt.concordanceNone")));
    box.replaceChildren(
      el(
        "ol",
        {},
        ...results.map((r) =>
          el(
            "li",
            { class: "tm-match" },
            el("div", { class: "tm-head" }, `${r.sourceLang} → ${r.targetLang}`),
            el("div", { lang: r.sourceLang }, ...marked(r.source, r.sourceMatches)),
            el("div", { class: "tm-target", lang: r.targetLang }, ...marked(r.target, r.targetMatches)),
          ),
        ),
      ),
    );
  });

  // ---- keys: Alt+I inserts the best match (Alt+T is the next missing tag, review-codes.js), Alt+G asks machine translation ----
  document.addEventListener("keydown", (e) => {
    if (e.defaultPrevented || !e.altKey || e.ctrlKey || e.metaKey || document.querySelector("dialog[open]")) return;
    const letter = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : (/^Key([A-Z])$/.exec(e.code) || [])[1]?.toLowerCase();
    const row = R.active();
    if (letter === "i" && row) {
      e.preventDefault();
      insertBest(row);
    } else if (letter === "g" && row) {
      e.preventDefault();
      askMachine(row);
    }
  });
})();
