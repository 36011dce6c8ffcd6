import { auditLog } from "../db/schema";
import type { DbOrTx } from "../db/client";

export type AuditEntry = {
  userId: number | null | undefined;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/**
 * Records one write in the audit log. Call it inside the transaction of the write it
 * describes, so the log never disagrees with the data.
 *
 * @example
 * db.transaction((tx) => { ...; recordAudit(tx, { userId, action: "user.create", entity: "user", entityId: id, after }); });
 */
export function recordAudit(tx: DbOrTx, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      userId: entry.userId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
    })
    .run();
}
