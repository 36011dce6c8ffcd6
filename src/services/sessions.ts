import { and, eq, gt } from "drizzle-orm";
import { randomSecret, sha256 } from "../auth/crypto";
import type { Db } from "../db/client";
import { apiTokens, sessions, users } from "../db/schema";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import type { UserRow } from "./users";

const SESSION_DAYS = 14;

/**
 * Opens a session: the cookie value is returned once and only its hash is stored, so a leaked
 * database does not leak live sessions.
 *
 * @example
 * const { cookieValue, csrfToken } = createSession({ db, userId });
 */
export function createSession({ db, userId }: { db: Db; userId: number }) {
  const cookieValue = randomSecret(32);
  const csrfToken = randomSecret(24);
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  db.transaction((tx) => {
    tx.insert(sessions).values({ idHash: sha256(cookieValue), userId, csrfToken, expiresAt }).run();
    recordAudit(tx, { userId, action: "session.create", entity: "user", entityId: userId });
  });
  return { cookieValue, csrfToken, expiresAt };
}

export function findSession(db: Db, cookieValue: string): { user: UserRow; csrfToken: string } | undefined {
  const row = db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sha256(cookieValue)), gt(sessions.expiresAt, new Date().toISOString())))
    .get();
  if (!row || row.user.disabled) return undefined;
  return row;
}

export function deleteSession(db: Db, cookieValue: string): void {
  db.delete(sessions).where(eq(sessions.idHash, sha256(cookieValue))).run();
}

/** Creates an API token for `Authorization: Bearer`; the token is shown once. */
export function createApiToken({ db, input, actorId }: { db: Db; input: { userId: number; name: string; token?: string }; actorId?: number | null }) {
  const token = input.token ?? `glossa_${randomSecret(30)}`;
  return db.transaction((tx) => {
    const owner = tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).get();
    if (!owner) throw new AppError("NOT_FOUND", `User ${input.userId} does not exist`);
    const row = tx
      .insert(apiTokens)
      .values({ userId: input.userId, name: input.name, tokenHash: sha256(token) })
      .onConflictDoNothing()
      .returning({ id: apiTokens.id })
      .get();
    recordAudit(tx, { userId: actorId, action: "token.create", entity: "user", entityId: input.userId, after: { name: input.name } });
    return { id: row?.id, token };
  });
}

export function findUserByToken(db: Db, token: string): UserRow | undefined {
  const row = db
    .select({ user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, sha256(token)))
    .get();
  return row && !row.user.disabled ? row.user : undefined;
}
