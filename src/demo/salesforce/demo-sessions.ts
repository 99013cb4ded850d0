import { randomBytes } from "node:crypto";

/** The connected app and user the demo org accepts; the demo's own, printed nowhere but here. */
export const demoSalesforceCredentials = {
  clientId: "goldenhub-demo-client",
  clientSecret: "goldenhub-demo-secret",
  refreshToken: "goldenhub-demo-refresh-token",
  username: "steward@goldenhub-demo.example",
  password: "goldenhub-demo-password",
};

/** Access tokens the demo org has issued and not yet expired. */
export class DemoSessions {
  private readonly live = new Set<string>();
  /** how many tokens the token endpoint handed out, so a test can see a refresh happen */
  issuedCount = 0;

  issue(): string {
    const token = `00DDm0000000001!${randomBytes(24).toString("base64url")}`;
    this.live.add(token);
    this.issuedCount += 1;
    return token;
  }

  /** Accepts `Bearer <token>` (REST) and `OAuth <token>` (what jsforce's streaming client sends). */
  accepts(authorization: string | undefined): boolean {
    const token = /^(?:Bearer|OAuth)\s+(\S+)$/.exec(authorization ?? "")?.[1];
    return token !== undefined && this.live.has(token);
  }

  /** Every session ends, as when an admin revokes them or they time out. */
  expireAll(): void {
    this.live.clear();
  }
}
