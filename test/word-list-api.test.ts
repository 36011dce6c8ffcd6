import { describe, expect, it } from "vitest";
import { addUser, call, makeTestApp } from "./support/app";

describe("project word list", () => {
  it("adds words the spelling check then accepts, and removes them", async () => {
    const ctx = makeTestApp();
    const { token: reviewer } = await addUser(ctx.db, ["reviewer"], ["fr"]);
    const check = async () => (await call(ctx, "POST", "/api/qa/check", { token: reviewer, json: { sourceLang: "fr", source: "le logiciel glossa" } })).data.flags.filter((f: any) => f.check === "spelling");
    expect((await check()).map((f: any) => f.text)).toEqual(["glossa"]);
    const added = await call(ctx, "POST", "/api/wordlist/fr", { token: reviewer, json: { word: "glossa" } });
    expect(added.status).toBe(201);
    expect(added.data.words).toEqual(["glossa"]);
    expect(await check()).toEqual([]);
    expect((await call(ctx, "DELETE", "/api/wordlist/fr/glossa", { token: reviewer })).status).toBe(204);
    expect((await check()).map((f: any) => f.text)).toEqual(["glossa"]);
  });

  it("refuses writes to translators, bad words and unknown languages", async () => {
    const ctx = makeTestApp();
    const { token: translator } = await addUser(ctx.db, ["translator"], ["fr"]);
    const { token: reviewer } = await addUser(ctx.db, ["reviewer"], ["fr"]);
    expect((await call(ctx, "POST", "/api/wordlist/fr", { token: translator, json: { word: "x" } })).status).toBe(403);
    expect((await call(ctx, "POST", "/api/wordlist/fr", { token: reviewer, json: { word: "two words" } })).status).toBe(400);
    expect((await call(ctx, "GET", "/api/wordlist/de", { token: reviewer })).data.code).toBe("UNKNOWN_LANGUAGE");
    expect((await call(ctx, "DELETE", "/api/wordlist/fr/absent", { token: reviewer })).status).toBe(404);
  });
});
