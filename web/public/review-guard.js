// Unsaved text is never lost by leaving the review page: links, forms (filters, language,
// sign-out) and page moves ask in the page first; closing or reloading the tab asks through the
// browser (beforeunload).
"use strict";
(function () {
  const R = window.GlossaReview;
  if (!R) return;
  let leaving = false;
  const dirtyRows = () => R.rows().filter(R.isDirty);

  /** Whether the page may be left: at once when nothing is unsaved, else when the user says so. */
  async function mayLeave() {
    const dirty = dirtyRows();
    if (leaving || dirty.length === 0) return true;
    const fill = (dialog) => (dialog.querySelector(".leave-text").textContent = R.t("review.leaveExplain", { count: dirty.length }));
    if (await R.confirmDialog("leave-dialog", fill)) return (leaving = true);
    R.activate(dirty[0], true); // staying: back to the first unsaved text
    return false;
  }

  R.navigate = async (url) => {
    if (await mayLeave()) location.assign(url);
  };

  window.addEventListener("beforeunload", (e) => {
    if (leaving || dirtyRows().length === 0) return;
    e.preventDefault();
    e.returnValue = ""; // older browsers need it set to ask
  });

  document.addEventListener(
    "click",
    (e) => {
      const link = e.target.closest && e.target.closest("a[href]");
      if (!link || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || link.target || link.hasAttribute("download")) return;
      const url = new URL(link.href, location.href);
      const [here, there] = [location.href.split("#")[0], url.href.split("#")[0]];
      if (url.hash && here === there) return; // an anchor in this page
      if (leaving || dirtyRows().length === 0) return;
      e.preventDefault();
      R.navigate(url.href);
    },
    true,
  );

  document.addEventListener(
    "submit",
    (e) => {
      const form = e.target;
      if (form.method === "dialog" || leaving || dirtyRows().length === 0) return;
      e.preventDefault();
      const submitter = e.submitter;
      mayLeave().then((ok) => ok && form.requestSubmit(submitter && submitter.form === form ? submitter : undefined));
    },
    true,
  );
})();
