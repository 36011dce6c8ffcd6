import { LANGUAGES } from "../../src/domain/languages";
import { ROLES } from "../../src/domain/workflow";
import type { PublicUser } from "../../src/services/users";
import { Layout, type PageContext } from "./layout";

export type AdminNotice = {
  saved?: number;
  created?: string;
  rowError?: { id: number; key: string };
  createErrors?: Record<string, string>;
  createValues?: { username: string; displayName: string; roles: string[]; languages: string[] };
};

function Checks({ name, values, checked, label, idPrefix, form }: { name: string; values: readonly string[]; checked: readonly string[]; label: (v: string) => string; idPrefix: string; form?: string }) {
  return (
    <span class="checks">
      {values.map((v) => (
        <label for={`${idPrefix}-${v}`}>
          <input type="checkbox" id={`${idPrefix}-${v}`} form={form} name={name} value={v} checked={checked.includes(v)} />
          {label(v)}
        </label>
      ))}
    </span>
  );
}

/** Users with their roles and language assignments; one form per row, and a create form. */
export function AdminPage({ ctx, users, notice }: { ctx: PageContext; users: PublicUser[]; notice: AdminNotice }) {
  const { t, ui } = ctx;
  const date = new Intl.DateTimeFormat(ui, { dateStyle: "medium" });
  const csrf = <input type="hidden" name="_csrf" value={ctx.user?.csrfToken ?? ""} />;
  const errors = notice.createErrors ?? {};
  const values = notice.createValues ?? { username: "", displayName: "", roles: ["translator"], languages: [] };
  const fieldError = (field: string) => (errors[field] ? <span class="field-error" role="alert">{t(`admin.error.${errors[field]}`)}</span> : null);
  return (
    <Layout ctx={ctx} title={t("admin.title")} styles={["account.css"]}>
      <h1>{t("admin.title")}</h1>
      {notice.created ? <p class="notice" role="status">{`✓ ${t("admin.created", { username: notice.created })}`}</p> : null}
      <table id="users-table" class="users">
        <thead>
          <tr>
            <th>{t("admin.user")}</th>
            <th>{t("admin.roles")}</th>
            <th>{t("admin.languages")}</th>
            <th>{t("admin.disabled")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const formId = `user-form-${u.id}`;
            return (
              <tr id={`user-${u.id}`} class={u.disabled ? "is-disabled" : undefined}>
                <td>
                  <form id={formId} method="post" action={`/admin/users/${u.id}`}>{csrf}</form>
                  <strong>{u.username}</strong>
                  <label class="inline">
                    <span class="visually-hidden">{t("admin.displayName")}</span>
                    <input form={formId} name="displayName" value={u.displayName} maxlength={100} />
                  </label>
                  <div class="muted">{t("admin.since", { date: date.format(new Date(u.createdAt)) })}</div>
                </td>
                <td>
                  <Checks name="roles" values={ROLES} checked={u.roles} label={(r) => t(`admin.role.${r}`)} idPrefix={`u${u.id}-role`} form={formId} />
                </td>
                <td>
                  <Checks name="languages" values={LANGUAGES} checked={u.languages} label={(l) => t(`lang.${l}`)} idPrefix={`u${u.id}-lang`} form={formId} />
                </td>
                <td>
                  <label>
                    <input type="checkbox" form={formId} name="disabled" value="1" checked={u.disabled} />
                    {t("admin.disabled")}
                  </label>
                </td>
                <td>
                  <button type="submit" form={formId}>{t("admin.save")}</button>
                  {notice.saved === u.id ? <span class="ok" role="status">{`✓ ${t("admin.saved")}`}</span> : null}
                  {notice.rowError?.id === u.id ? <span class="field-error" role="alert">{t(`admin.error.${notice.rowError.key}`)}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form id="new-user-form" class="card form" method="post" action="/admin/users">
        <h2>{t("admin.newUser")}</h2>
        {csrf}
        <label>
          {t("admin.username")}
          <input name="username" value={values.username} required autocomplete="off" aria-invalid={errors.username ? "true" : undefined} />
          {fieldError("username")}
        </label>
        <label>
          {t("admin.displayName")}
          <input name="displayName" value={values.displayName} maxlength={100} />
        </label>
        <label>
          {t("admin.password")}
          <input type="password" name="password" required minlength={8} autocomplete="new-password" aria-invalid={errors.password ? "true" : undefined} />
          {fieldError("password")}
        </label>
        <fieldset>
          <legend>{t("admin.roles")}</legend>
          <Checks name="roles" values={ROLES} checked={values.roles} label={(r) => t(`admin.role.${r}`)} idPrefix="new-role" />
          {fieldError("roles")}
        </fieldset>
        <fieldset>
          <legend>{t("admin.languages")}</legend>
          <Checks name="languages" values={LANGUAGES} checked={values.languages} label={(l) => t(`lang.${l}`)} idPrefix="new-lang" />
        </fieldset>
        <button type="submit" class="primary">{t("admin.create")}</button>
      </form>
    </Layout>
  );
}
