import { Hono, type Context } from "hono";
import type { AppDeps, AppEnv, CurrentUser } from "../app-types";
import { sha256 } from "../auth/crypto";
import { LANGUAGES, parseLang } from "../domain/languages";
import { hasAnyRole } from "../domain/workflow";
import { AppError } from "../errors";
import { ARTICLE_FORMATS, formatOfFileName, type ArticleFormat } from "../formats/article-import";
import { decodeText, EncodingError } from "../formats/text-decoding";
import { importArticle, planArticle, type ArticlePlan } from "../services/articles";
import { ForbiddenPage } from "../../web/views/forbidden";
import { ImportPage, type ImportFormValues } from "../../web/views/import";
import { pageContext } from "./pages";

type Form = Record<string, string | File | (string | File)[]>;
const field = (form: Form, key: string) => (typeof form[key] === "string" ? (form[key] as string) : "");

/** The form as the server reads it: an uploaded file's text replaces the pasted text. */
async function readImportForm(form: Form): Promise<{ values: ImportFormValues; format: ArticleFormat; problem?: string }> {
  const file = form.file;
  const chosen = field(form, "format");
  const values: ImportFormValues = { title: field(form, "title"), sourceLang: parseLang(field(form, "sourceLang")), format: chosen, text: field(form, "text") };
  let format = (ARTICLE_FORMATS as readonly string[]).includes(chosen) ? (chosen as ArticleFormat) : undefined;
  if (file instanceof File && file.size > 0) {
    try {
      values.text = decodeText(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      if (!(error instanceof EncodingError)) throw error;
      return { values, format: format ?? "text", problem: `${file.name}: ${error.message}` };
    }
    format ??= formatOfFileName(file.name);
  }
  // As the textarea will give it back: LF line ends (forms send CRLF), no leading blank line
  // (HTML drops a textarea's first newline), so the preview's fingerprint matches on Create.
  values.text = values.text.replace(/\r\n?/g, "\n").replace(/^\n+/, "");
  format ??= "text";
  values.format = format;
  return { values, format };
}

/** Errors that mean "this text cannot be imported": shown on the form, which keeps the text. */
const INPUT_ERRORS = new Set(["VALIDATION", "INVALID_FILE", "INVALID_ENCODING", "BAD_REQUEST"]);

/** Ties "Create" to the text, language, format and title that were previewed. */
const fingerprintOf = (plan: ArticlePlan, text: string) => sha256(JSON.stringify([plan.title, plan.sourceLang, plan.format, text]));

/**
 * The import page (publishers and admins): paste or upload, preview the segments (nothing is
 * stored), then create and go to the new article's review page.
 */
export function importPageRoutes({ db, config }: AppDeps) {
  const app = new Hono<AppEnv>();
  const publisherOnly = (c: Context<AppEnv>): CurrentUser | Response => {
    const user = c.get("user");
    if (!user) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    if (hasAnyRole(user, "publisher")) return user;
    const ctx = pageContext(c, config.secureCookies);
    return new Response(String(<ForbiddenPage ctx={ctx} message={ctx.t("importPage.forbidden")} />), { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
  };

  app.get("/articles/new", (c) => {
    const user = publisherOnly(c);
    if (user instanceof Response) return user;
    return c.html(<ImportPage ctx={pageContext(c, config.secureCookies)} values={{ title: "", format: "auto", text: "" }} />);
  });

  app.post("/articles/new", async (c) => {
    const user = publisherOnly(c);
    if (user instanceof Response) return user;
    const ctx = pageContext(c, config.secureCookies);
    const form = (await c.req.parseBody()) as Form;
    const { values, format, problem } = await readImportForm(form);
    if (problem) return c.html(<ImportPage ctx={ctx} values={values} error={problem} />, 400);
    if (!values.sourceLang) return c.html(<ImportPage ctx={ctx} values={values} error={ctx.t("importPage.noLanguage")} />, 400);
    const input = { title: values.title, sourceLang: values.sourceLang, text: values.text, format };
    let plan: ArticlePlan;
    try {
      plan = planArticle(input);
    } catch (error) {
      if (!(error instanceof AppError) || !INPUT_ERRORS.has(error.code)) throw error;
      const reason = error.details?.reason;
      const message = typeof reason === "string" ? ctx.t(`importPage.error.${reason}`, { defaultValue: error.message }) : error.message;
      return c.html(<ImportPage ctx={ctx} values={values} error={message} />, 400);
    }
    const fingerprint = fingerprintOf(plan, values.text);
    const previewed = field(form, "previewed");
    if (field(form, "intent") === "create" && previewed === fingerprint) {
      const article = importArticle({ db, input, actorId: user.id });
      return c.redirect(`/articles/${article.id}/${LANGUAGES.find((l) => l !== article.sourceLang)}`, 303);
    }
    return c.html(<ImportPage ctx={ctx} values={values} plan={plan} fingerprint={fingerprint} changed={field(form, "intent") === "create"} />);
  });

  return app;
}
