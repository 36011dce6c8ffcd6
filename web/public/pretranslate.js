// The pre-translate action: starts the job (POST /api/articles/:id/pretranslate), polls its
// progress (GET /api/jobs/:id) into a progress bar and shows the result per language.
"use strict";
(function () {
  const form = document.querySelector(".pretranslate-form");
  if (!form) return;
  const section = form.closest(".pretranslate");
  const strings = JSON.parse(document.getElementById("ui-strings").textContent);
  const t = (key, vars) => (strings[key] || key).replace(/\{\{(\w+)\}\}/g, (_, v) => (vars && v in vars ? vars[v] : ""));
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content || "";
  const box = section.querySelector(".pretranslate-progress");
  const bar = box.querySelector("progress");
  const status = box.querySelector("[role=status]");
  const result = section.querySelector(".pretranslate-result");
  const article = form.dataset.article;

  const item = (text, href, linkText) => {
    const li = document.createElement("li");
    li.append(text);
    if (href) {
      const a = document.createElement("a");
      a.href = href;
      a.textContent = linkText;
      li.append(" ", a);
    }
    return li;
  };
  const show = (message, isError) => {
    box.hidden = false;
    status.textContent = message;
    status.classList.toggle("is-error", Boolean(isError));
  };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function report(job) {
    const r = job.result;
    const lines = Object.entries(r.byLanguage).map(([lang, c]) =>
      item(t("pretranslate.result", { lang: t(`lang.${lang}`), ...c }), `/articles/${article}/${lang}`, t("pretranslate.open", { lang: t(`lang.${lang}`) })),
    );
    if (r.machine && r.machine.error) lines.push(item(t("pretranslate.mtError", r.machine.error)));
    if (r.machine && r.machine.termMisses.length) lines.push(item(t("pretranslate.termMisses", { count: r.machine.termMisses.length })));
    result.replaceChildren(...lines);
  }

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const langs = Array.from(form.querySelectorAll('input[name="langs"]:checked')).map((i) => i.value);
    if (langs.length === 0) return show(t("pretranslate.chooseLang"), true);
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    result.replaceChildren();
    bar.value = 0;
    show(t("pretranslate.running", { done: 0, total: "…" }));
    try {
      const body = { langs, threshold: Number(form.elements.threshold.value), provider: form.elements.provider.value };
      const started = await fetch(`/api/articles/${article}/pretranslate`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrf, accept: "application/json" },
        body: JSON.stringify(body),
        credentials: "same-origin",
      });
      const data = await started.json().catch(() => ({}));
      if (!started.ok) return show(t("pretranslate.failed", { reason: data.detail || started.status }), true);
      for (;;) {
        const res = await fetch(data.href, { credentials: "same-origin", headers: { accept: "application/json" } });
        const job = await res.json().catch(() => ({}));
        if (!res.ok) return show(t("pretranslate.failed", { reason: job.detail || res.status }), true);
        const { done, total } = job.progress;
        bar.max = Math.max(total, 1);
        bar.value = done;
        if (job.status === "failed") return show(t("pretranslate.failed", { reason: job.error.message }), true);
        if (job.status === "done") {
          bar.value = bar.max;
          show(t("pretranslate.done"));
          return report(job);
        }
        show(t("pretranslate.running", { done, total }));
        await sleep(400);
      }
    } finally {
      button.disabled = false;
    }
  });
})();
