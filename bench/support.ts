import type { Db } from "../src/db/client";
import { createApiToken } from "../src/services/sessions";
import { createUser } from "../src/services/users";

/** A publisher with an API token, for benchmarks that go through the HTTP app. */
export async function addUserForBench(db: Db): Promise<{ token: string }> {
  const user = await createUser({ db, input: { username: "bench", password: "bench-password", roles: ["publisher", "reviewer"], languages: ["fr", "en", "zh", "hu"] } });
  return createApiToken({ db, input: { userId: user.id, name: "bench" } });
}
