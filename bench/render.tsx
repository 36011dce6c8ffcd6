import type { ReviewPageData } from "../src/services/review";
import { translatorFor } from "../web/i18n";
import { ReviewPage } from "../web/views/review";

/** Renders a review page from data, as the route does, and returns the HTML length. */
export function renderToString(data: ReviewPageData): number {
  const ctx = { t: translatorFor("en"), ui: "en" as const, path: "/" };
  const perms = { edit: true, approve: true, flag: true, correctSource: true, saveStatus: "reviewed" as const };
  return String(<ReviewPage ctx={ctx} data={data} filters={{}} perms={perms} />).length;
}
