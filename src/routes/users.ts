import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../app-types";
import { requireRole, requireUser } from "../auth/guards";
import { clientAddress, underThrottle } from "../auth/sign-in-guard";
import { LoginThrottle } from "../auth/throttle";
import { ROLES } from "../domain/workflow";
import { createApiToken, listApiTokens, revokeApiToken } from "../services/sessions";
import { changePassword, createUser, getUserById, listUsers, toPublicUser, updateUser } from "../services/users";
import { AppError } from "../errors";
import { idParam, langCode, readJson } from "./validation";

const NewUserBody = z.object({
  username: z.string().min(2).max(40),
  password: z.string().min(8, "A password has at least 8 characters").max(200),
  displayName: z.string().max(100).optional(),
  roles: z.array(z.enum(ROLES)).min(1, "Give the user at least one role"),
  languages: z.array(langCode).default([]),
  uiLanguage: langCode.nullable().optional(),
});
/** A change must change something: an empty (or unknown-only) body is a 400, not an empty UPDATE. */
const someChange = <T extends object>(changes: T) => Object.keys(changes).length > 0;
const NOTHING_TO_CHANGE = { message: "Send at least one field to change" };
const UserChangesBody = z
  .strictObject({
    roles: z.array(z.enum(ROLES)).min(1).optional(),
    languages: z.array(langCode).optional(),
    displayName: z.string().max(100).optional(),
    uiLanguage: langCode.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine(someChange, NOTHING_TO_CHANGE);
const ProfileBody = z.strictObject({ displayName: z.string().max(100).optional(), uiLanguage: langCode.nullable().optional() }).refine(someChange, NOTHING_TO_CHANGE);
const PasswordBody = z.object({ current: z.string(), next: z.string().min(8, "A password has at least 8 characters").max(200) });

/** Users (admins manage them), the caller's own profile and API tokens. */
export function userRoutes({ db, loginThrottle = new LoginThrottle() }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/api/me", (c) => {
    const user = requireUser(c);
    return c.json({ ...user, csrfToken: undefined });
  });
  app.patch("/api/me", async (c) => {
    const user = requireUser(c);
    const changes = await readJson(c, ProfileBody);
    return c.json(updateUser({ db, input: { id: user.id, changes }, actorId: user.id }));
  });
  app.post("/api/me/password", async (c) => {
    const user = requireUser(c);
    const body = await readJson(c, PasswordBody);
    // Guessing the current password is guessing a sign-in: the same limits apply.
    await underThrottle(loginThrottle, user.username, clientAddress(c), () => changePassword({ db, input: { id: user.id, current: body.current, next: body.next, keep: user }, actorId: user.id }));
    return c.body(null, 204);
  });
  app.post("/api/me/tokens", async (c) => {
    const user = requireUser(c);
    const body = await readJson(c, z.object({ name: z.string().min(1).max(100) }));
    const { id, token } = createApiToken({ db, input: { userId: user.id, name: body.name }, actorId: user.id });
    return c.json({ id, name: body.name, token }, 201);
  });
  app.get("/api/me/tokens", (c) => {
    const user = requireUser(c);
    return c.json({ tokens: listApiTokens({ db, input: { userId: user.id } }) });
  });
  app.delete("/api/me/tokens/:tokenId", (c) => {
    const user = requireUser(c);
    revokeApiToken({ db, input: { userId: user.id, tokenId: idParam(c.req.param("tokenId"), "Token") }, actorId: user.id });
    return c.body(null, 204);
  });

  app.get("/api/users", (c) => {
    requireRole(c, "admin");
    return c.json({ users: listUsers(db) });
  });
  app.post("/api/users", async (c) => {
    const admin = requireRole(c, "admin");
    const input = await readJson(c, NewUserBody);
    const user = await createUser({ db, input, actorId: admin.id });
    return c.json(user, 201);
  });
  app.patch("/api/users/:id", async (c) => {
    const admin = requireRole(c, "admin");
    const id = idParam(c.req.param("id"), "User");
    const changes = await readJson(c, UserChangesBody);
    if (id === admin.id && (changes.disabled || (changes.roles && !changes.roles.includes("admin")))) {
      throw new AppError("CONFLICT", "You cannot remove your own admin access");
    }
    return c.json(updateUser({ db, input: { id, changes }, actorId: admin.id }));
  });
  app.get("/api/users/:id", (c) => {
    requireRole(c, "admin");
    const row = getUserById(db, idParam(c.req.param("id"), "User"));
    if (!row) throw new AppError("NOT_FOUND", "No such user");
    return c.json(toPublicUser(row));
  });
  app.get("/api/users/:id/tokens", (c) => {
    requireRole(c, "admin");
    const userId = idParam(c.req.param("id"), "User");
    if (!getUserById(db, userId)) throw new AppError("NOT_FOUND", "No such user");
    return c.json({ tokens: listApiTokens({ db, input: { userId } }) });
  });
  app.delete("/api/users/:id/tokens/:tokenId", (c) => {
    const admin = requireRole(c, "admin");
    revokeApiToken({ db, input: { userId: idParam(c.req.param("id"), "User"), tokenId: idParam(c.req.param("tokenId"), "Token") }, actorId: admin.id });
    return c.body(null, 204);
  });

  return app;
}
