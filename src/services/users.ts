import { eq } from "drizzle-orm";
import type { CurrentUser } from "../app-types";
import { hashPassword, randomSecret, verifyPassword } from "../auth/crypto";
import type { Db } from "../db/client";
import { users } from "../db/schema";
import { isLang, LANGUAGES, type Lang } from "../domain/languages";
import { isRole, ROLES, type Role } from "../domain/workflow";
import { AppError } from "../errors";
import { recordAudit } from "./audit";

export type UserRow = typeof users.$inferSelect;
export type PublicUser = Omit<UserRow, "passwordHash">;

export type NewUser = {
  username: string;
  password: string;
  displayName?: string;
  roles: Role[];
  languages: Lang[];
  uiLanguage?: Lang | null;
};

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export function toPublicUser(row: UserRow): PublicUser {
  const { passwordHash: _hidden, ...rest } = row;
  return rest;
}

export function toCurrentUser(row: UserRow, via: CurrentUser["via"], csrfToken?: string): CurrentUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName || row.username,
    roles: row.roles.filter(isRole),
    languages: row.languages.filter(isLang),
    uiLanguage: isLang(row.uiLanguage) ? row.uiLanguage : null,
    via,
    csrfToken,
  };
}

/**
 * Creates a user. Usernames are unique and lowercase; the password is hashed with scrypt.
 *
 * @example
 * await createUser({ db, input: { username: "anna", password: "…", roles: ["translator"], languages: ["hu"] }, actorId: 1 });
 */
export async function createUser({ db, input, actorId }: { db: Db; input: NewUser; actorId?: number | null }): Promise<PublicUser> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new AppError("VALIDATION", "A username has 2-40 characters: lowercase letters, digits, dot, dash, underscore");
  }
  if (input.password.length < 8) throw new AppError("VALIDATION", "A password has at least 8 characters");
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
    if (existing) throw new AppError("CONFLICT", `The username ${username} is taken`);
    const row = tx
      .insert(users)
      .values({
        username,
        passwordHash,
        displayName: input.displayName ?? username,
        roles: [...new Set(input.roles)],
        languages: [...new Set(input.languages)],
        uiLanguage: input.uiLanguage ?? null,
      })
      .returning()
      .get();
    const publicRow = toPublicUser(row);
    recordAudit(tx, { userId: actorId, action: "user.create", entity: "user", entityId: row.id, after: publicRow });
    return publicRow;
  });
}

export function findUserByName(db: Db, username: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.username, username.trim().toLowerCase())).get();
}

export function getUserById(db: Db, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function listUsers(db: Db): PublicUser[] {
  return db.select().from(users).orderBy(users.username).all().map(toPublicUser);
}

/** Checks a username and password; the same error whichever is wrong. */
export async function authenticate({ db, username, password }: { db: Db; username: string; password: string }): Promise<UserRow> {
  const row = findUserByName(db, username);
  // Verify against a dummy hash when the user is unknown so timing does not reveal usernames.
  const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok || row.disabled) throw new AppError("UNAUTHORIZED", "Wrong username or password");
  return row;
}
const DUMMY_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export type UserChanges = { roles?: Role[]; languages?: Lang[]; displayName?: string; uiLanguage?: Lang | null; disabled?: boolean };

/** Admin edits of roles and language assignments, and users' own profile changes. */
export function updateUser({ db, input, actorId }: { db: Db; input: { id: number; changes: UserChanges }; actorId: number }): PublicUser {
  return db.transaction((tx) => {
    const before = tx.select().from(users).where(eq(users.id, input.id)).get();
    if (!before) throw new AppError("NOT_FOUND", `User ${input.id} does not exist`);
    const after = tx.update(users).set(input.changes).where(eq(users.id, input.id)).returning().get();
    recordAudit(tx, { userId: actorId, action: "user.update", entity: "user", entityId: input.id, before: toPublicUser(before), after: toPublicUser(after) });
    return toPublicUser(after);
  });
}

export async function changePassword({ db, input, actorId }: { db: Db; input: { id: number; current?: string; next: string }; actorId: number | null }): Promise<void> {
  const row = getUserById(db, input.id);
  if (!row) throw new AppError("NOT_FOUND", `User ${input.id} does not exist`);
  if (input.current !== undefined && !(await verifyPassword(input.current, row.passwordHash))) {
    throw new AppError("FORBIDDEN", "The current password is wrong");
  }
  if (input.next.length < 8) throw new AppError("VALIDATION", "A password has at least 8 characters");
  const passwordHash = await hashPassword(input.next);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, input.id)).run();
    recordAudit(tx, { userId: actorId, action: "user.password", entity: "user", entityId: input.id });
  });
}

/**
 * Makes sure a user `admin` with every role exists (GLOSSA_ADMIN_TOKEN). Returns its id, and the
 * generated password when it created the user, for the caller to show once (as the demo's).
 *
 * @example
 * const { id, password } = await ensureAdminUser(db); // password only on the first start
 */
export async function ensureAdminUser(db: Db): Promise<{ id: number; password?: string }> {
  const existing = findUserByName(db, "admin");
  if (existing) {
    if (!ROLES.every((r) => existing.roles.includes(r))) {
      db.update(users).set({ roles: [...ROLES], languages: [...LANGUAGES] }).where(eq(users.id, existing.id)).run();
    }
    return { id: existing.id };
  }
  const password = randomSecret(12);
  const user = await createUser({ db, input: { username: "admin", displayName: "Admin", password, roles: [...ROLES], languages: [...LANGUAGES] } });
  return { id: user.id, password };
}

/**
 * Sets a user's password without the current one (the `glossa user set-password` command, run
 * by whoever holds the server's database).
 *
 * @example
 * await setPassword({ db, input: { username: "admin", password: "a long new secret" } });
 */
export async function setPassword({ db, input }: { db: Db; input: { username: string; password: string } }): Promise<PublicUser> {
  const row = findUserByName(db, input.username);
  if (!row) throw new AppError("NOT_FOUND", `There is no user ${input.username.trim().toLowerCase()}`);
  await changePassword({ db, input: { id: row.id, next: input.password }, actorId: null });
  return toPublicUser(row);
}
