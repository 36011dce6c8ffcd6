import type { LoginThrottle } from "./auth/throttle";
import type { Config } from "./config";
import type { ArticleImportPool } from "./routes/article-import-pool";
import type { Db } from "./db/client";
import type { Lang } from "./domain/languages";
import type { Role } from "./domain/workflow";
import type { SpellingService } from "./services/spelling/service";

/** The signed-in user as routes see it. */
export type CurrentUser = {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  languages: Lang[];
  uiLanguage: Lang | null;
  /** how the request authenticated; CSRF applies to cookie sessions only */
  via: "session" | "token";
  /** the session's CSRF token (session logins only) */
  csrfToken?: string;
  /** which credential made the request: kept when a password change ends the others */
  sessionHash?: string;
  tokenId?: number;
};

/** Runs QA for one segment off the request path (see services/qa-scheduler). */
export type QaScheduleRequest = { segmentId: number; lang: Lang; side: "source" | "target" };
export interface QaSchedulerLike {
  schedule(request: QaScheduleRequest): void;
  /** whether a check of this segment side is queued or running (the review page polls it) */
  pending(request: QaScheduleRequest): boolean;
  idle(): Promise<void>;
}

/** Everything a route needs, resolved once at start and passed in. */
export type AppDeps = {
  db: Db;
  config: Config;
  qaScheduler?: QaSchedulerLike;
  /** the spelling worker pool; without it QA runs spelling in-process */
  spelling?: SpellingService;
  /** the import worker; without it imports are read and segmented on the main thread */
  articleImports?: ArticleImportPool;
  /** failed sign-ins per account and address; createApp makes one when none is given */
  loginThrottle?: LoginThrottle;
};

export type AppEnv = {
  Variables: {
    user: CurrentUser | undefined;
    deps: AppDeps;
  };
};
