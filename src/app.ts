import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps, AppEnv } from "./app-types";
import { authenticate, csrfProtection } from "./auth/middleware";
import { LoginThrottle } from "./auth/throttle";
import { AppError, onError, problemResponse } from "./errors";
import { articleImportRoutes } from "./routes/article-import";
import { articleRoutes } from "./routes/articles";
import { authRoutes } from "./routes/auth";
import { glossaryRoutes } from "./routes/glossary";
import { healthRoutes } from "./routes/health";
import { pageRoutes } from "./routes/pages";
import { qaRoutes } from "./routes/qa";
import { reviewPageRoutes } from "./routes/review-pages";
import { accountPageRoutes } from "./routes/account-pages";
import { glossaryPageRoutes } from "./routes/glossary-pages";
import { importPageRoutes } from "./routes/import-pages";
import { wordListRoutes } from "./routes/word-list";
import { segmentRoutes } from "./routes/segments";
import { publicationRoutes } from "./routes/publications";
import { publisherPageRoutes } from "./routes/publisher-pages";
import { segmentStructureRoutes } from "./routes/segment-structure";
import { userRoutes } from "./routes/users";
import { xliffRoutes } from "./routes/xliff";
import { tmRoutes } from "./routes/tm";
import { jobRoutes } from "./routes/jobs";
import { mtRoutes } from "./routes/mt";
import { mtPageRoutes } from "./routes/mt-pages";

/**
 * Scripts and styles only from our own files: no inline script, no `on…=` handler, no `style=`
 * attribute. Data for scripts travels in `data-*` attributes and the JSON block of the layout
 * (`<script type="application/json">` is data, not script).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};
import { refuseUnstorableFormText } from "./routes/validation";

/**
 * Builds the whole application around its dependencies. `index.ts` and the tests both call
 * it, so tests exercise exactly what production serves.
 *
 * @example
 * const app = createApp({ db: openDatabase(":memory:"), config: testConfig() });
 * const res = await app.request("/api/health");
 */
export function createApp(given: AppDeps) {
  const deps: AppDeps = { ...given, loginThrottle: given.loginThrottle ?? new LoginThrottle() };
  const app = new Hono<AppEnv>();

  app.use("*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.use("*", secureHeaders({ xFrameOptions: "DENY", referrerPolicy: "same-origin", contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  app.use(
    "*",
    bodyLimit({
      maxSize: deps.config.maxBodyBytes,
      onError: () => {
        throw new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${deps.config.maxBodyBytes} bytes`);
      },
    }),
  );
  app.use("*", authenticate());
  app.use("*", csrfProtection());
  app.use("*", refuseUnstorableFormText());

  app.route("/", healthRoutes());
  app.route("/", authRoutes(deps));
  app.route("/", userRoutes(deps));
  app.route("/", articleImportRoutes(deps));
  app.route("/", articleRoutes(deps));
  app.route("/", segmentRoutes(deps));
  app.route("/", publicationRoutes(deps));
  app.route("/", segmentStructureRoutes(deps));
  app.route("/", glossaryRoutes(deps));
  app.route("/", qaRoutes(deps));
  app.route("/", wordListRoutes(deps));
  app.route("/", tmRoutes(deps));
  app.route("/", jobRoutes(deps));
  app.route("/", mtRoutes(deps));
  app.route("/", importPageRoutes(deps));
  app.route("/", publisherPageRoutes(deps)); // before the review page: /articles/:id/publish is not a language
  app.route("/", xliffRoutes(deps));
  app.route("/", mtPageRoutes(deps));
  app.route("/", reviewPageRoutes(deps));
  app.route("/", accountPageRoutes(deps));
  app.route("/", glossaryPageRoutes(deps));
  app.route("/", pageRoutes(deps));

  app.notFound((c) => {
    if (c.req.path.startsWith("/api/")) return problemResponse(new AppError("NOT_FOUND", `No route ${c.req.method} ${c.req.path}`));
    return c.text("Not found", 404);
  });
  app.onError(onError);
  return app;
}

export type App = ReturnType<typeof createApp>;
