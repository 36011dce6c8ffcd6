import { and, eq, gt, ne } from "drizzle-orm";
import { randomSecret, sha256 } from "../auth/crypto";
import type { Db, DbOrTx } from "../db/client";
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

export function findSession(db: Db, cookieValue: string): { user: UserRow; csrfToken: string; idHash: string } | undefined {
  const row = db
    .select({ user: users, csrfToken: sessions.csrfToken, idHash: sessions.idHash })
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

export type TokenKind = "user" | "env";

/** Creates an API token for `Authorization: Bearer`; the token is shown once. */
export function createApiToken({ db, input, actorId }: { db: Db; input: { userId: number; name: string; token?: string; kind?: TokenKind }; actorId?: number | null }) {
  const token = input.token ?? `glossa_${randomSecret(30)}`;
  return db.transaction((tx) => {
    const owner = tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).get();
    if (!owner) throw new AppError("NOT_FOUND", `User ${input.userId} does not exist`);
    const row = tx
      .insert(apiTokens)
      .values({ userId: input.userId, name: input.name, tokenHash: sha256(token), kind: input.kind ?? "user" })
      .onConflictDoNothing()
      .returning({ id: apiTokens.id })
      .get();
    recordAudit(tx, { userId: actorId, action: "token.create", entity: "user", entityId: input.userId, after: { name: input.name } });
    return { id: row?.id, token };
  });
}

export function findUserByToken(db: Db, token: string): { user: UserRow; tokenId: number } | undefined {
  const row = db
    .select({ user: users, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, sha256(token)))
    .get();
  return row && !row.user.disabled ? row : undefined;
}

export type TokenView = { id: number; name: string; kind: string; createdAt: string; lastUsedAt: string | null };

/** A user's API tokens, oldest first, without their secrets (only hashes are stored anyway). */
export function listApiTokens({ db, input }: { db: Db; input: { userId: number } }): TokenView[] {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, kind: apiTokens.kind, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, input.userId))
    .orderBy(apiTokens.id)
    .all();
}

/**
 * Revokes one of a user's API tokens: it stops working at once. A token of another user is
 * NOT_FOUND, so nobody learns which token ids exist.
 *
 * @example
 * revokeApiToken({ db, input: { userId: 3, tokenId: 7 }, actorId: 3 });
 */
export function revokeApiToken({ db, input, actorId }: { db: Db; input: { userId: number; tokenId: number }; actorId: number }): void {
  db.transaction((tx) => {
    const removed = tx.delete(apiTokens).where(and(eq(apiTokens.id, input.tokenId), eq(apiTokens.userId, input.userId))).returning({ name: apiTokens.name }).get();
    if (!removed) throw new AppError("NOT_FOUND", `Token ${input.tokenId} does not exist`);
    recordAudit(tx, { userId: actorId, action: "token.revoke", entity: "user", entityId: input.userId, before: { id: input.tokenId, name: removed.name } });
  });
}

/**
 * After a password change: ends every session and API token of the user but the one making
 * the change. Tokens from GLOSSA_ADMIN_TOKEN stay: the environment, not the password, rules them.
 */
export function revokeOtherCredentials(tx: DbOrTx, input: { userId: number; keepSessionHash?: string; keepTokenId?: number }): void {
  const otherSessions = input.keepSessionHash ? ne(sessions.idHash, input.keepSessionHash) : undefined;
  tx.delete(sessions).where(and(eq(sessions.userId, input.userId), otherSessions)).run();
  const otherTokens = input.keepTokenId !== undefined ? ne(apiTokens.id, input.keepTokenId) : undefined;
  tx.delete(apiTokens).where(and(eq(apiTokens.userId, input.userId), eq(apiTokens.kind, "user"), otherTokens)).run();
}

/**
 * Makes GLOSSA_ADMIN_TOKEN the only env token: the previous value (a rotation) or every env
 * token (the variable removed) stops working.
 */
export function replaceEnvToken({ db, input }: { db: Db; input: { userId: number; token: string } | null }): void {
  db.transaction((tx) => {
    tx.delete(apiTokens).where(eq(apiTokens.kind, "env")).run();
    if (!input) return;
    tx.delete(apiTokens).where(eq(apiTokens.tokenHash, sha256(input.token))).run();
    tx.insert(apiTokens).values({ userId: input.userId, name: "GLOSSA_ADMIN_TOKEN", tokenHash: sha256(input.token), kind: "env" }).run();
  });
}
