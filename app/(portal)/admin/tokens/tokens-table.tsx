import type { ApiTokenRow } from "@/src/auth/list-api-tokens";
import { formatTime } from "@/app/components/format";
import { RevokeButton } from "./revoke-button";

const never = <span className="muted">never</span>;

/** Tokens with what tells them apart (name, prefix) and whether anything still uses them. */
export function TokensTable({ tokens }: { tokens: ApiTokenRow[] }) {
  return (
    <div className="scroll">
      <table className="table admin-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Prefix</th>
            <th scope="col">Role</th>
            <th scope="col">Source</th>
            <th scope="col">Created by</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} data-token={t.name}>
              <td className="admin-wrap">{t.name}</td>
              <td className="nowrap">
                <code>{t.prefix}…</code>
              </td>
              <td>{t.role.toLowerCase()}</td>
              <td className="nowrap">{t.source ? t.source.name : <span className="muted">any</span>}</td>
              <td>{t.createdBy ?? <span className="muted">the hub</span>}</td>
              <td className="nowrap">{formatTime(t.createdAt)}</td>
              <td className="nowrap">{t.lastUsedAt ? formatTime(t.lastUsedAt) : never}</td>
              <td>{t.revokedAt ? <span className="badge bad" title={formatTime(t.revokedAt)}>revoked {formatTime(t.revokedAt).slice(0, 10)}</span> : <RevokeButton tokenId={t.id} name={t.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
