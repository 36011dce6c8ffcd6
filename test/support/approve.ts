import { call, type TestContext } from "./app";

/**
 * Saves every segment of an article as `final` in `lang`, its text made from the source by
 * `translate` (identity by default: codes and all), as a publisher may.
 */
export async function approveAll(ctx: TestContext, token: string, articleId: number, lang: string, translate: (source: string) => string = (s) => s) {
  const article = await call(ctx, "GET", `/api/articles/${articleId}`, { token });
  for (const s of article.data.segments) {
    const res = await call(ctx, "PUT", `/api/segments/${s.id}/translations/${lang}`, { token, json: { text: translate(s.source), status: "final" } });
    if (res.status !== 200) throw new Error(`approving segment ${s.id}: ${res.status} ${JSON.stringify(res.data)}`);
  }
  return article.data;
}

/** The export of an article, failing loudly on anything but 200. */
export async function exportOf(ctx: TestContext, token: string, articleId: number, lang: string, format: string) {
  const res = await call(ctx, "GET", `/api/articles/${articleId}/export?lang=${lang}&format=${format}`, { token });
  if (res.status !== 200) throw new Error(`export ${format}: ${res.status} ${JSON.stringify(res.data)}`);
  return res.data as string;
}
