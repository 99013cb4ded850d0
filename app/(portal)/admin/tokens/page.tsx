import type { Metadata } from "next";
import { listApiTokens } from "@/src/auth/list-api-tokens";
import { listTokenSources } from "@/src/auth/list-token-sources";
import { can } from "@/src/auth/permissions";
import { formatCount } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import { NotAllowed } from "@/app/(portal)/admin/not-allowed";
import { CreateTokenForm } from "./create-token-form";
import { TokensTable } from "./tokens-table";

export const metadata: Metadata = { title: "API tokens" };

const TOKENS_SHOWN = 200;

/** The admin's view of machine access: create a token for a system, see which are still used, revoke the rest. */
export default async function TokensPage() {
  const principal = await requirePrincipal();
  if (!can(principal, "users.manage")) return <NotAllowed title="API tokens" />;
  const [tokens, sources] = await Promise.all([listApiTokens({ principal, take: TOKENS_SHOWN }), listTokenSources({ principal })]);
  return (
    <>
      <div className="page-head">
        <h1>API tokens</h1>
        <p className="muted">Credentials for systems that push records or query GraphQL. Each acts with its role; revoked tokens are refused at once.</p>
      </div>
      <section className="panel" aria-labelledby="create-token">
        <h2 id="create-token">Create a token</h2>
        <CreateTokenForm sources={sources} />
      </section>
      <section className="panel" aria-labelledby="tokens">
        <h2 id="tokens">Tokens</h2>
        {tokens.rows.length ? <TokensTable tokens={tokens.rows} /> : <p className="empty">No API tokens yet.</p>}
        {tokens.total > tokens.rows.length && (
          <p className="small muted">
            The newest {tokens.rows.length} of {formatCount(tokens.total)} tokens.
          </p>
        )}
      </section>
    </>
  );
}
