import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { allowEndpoint } from "./allow-endpoint";

/** How the endpoint answers one request: a status and body, or never (to run into the sender's timeout). */
export type Answer = { status: number; body?: string; headers?: Record<string, string> } | "hang";

export type SubscriberEndpoint = {
  url: string;
  requests: { headers: IncomingHttpHeaders; body: string }[];
  close(): Promise<void>;
};

/**
 * A real HTTP subscriber on 127.0.0.1 whose answers a test scripts request by
 * request (`answer(0)` for the first), so failures and retries go through the
 * network exactly as they would against a subscriber that is down or slow.
 */
export async function startSubscriberEndpoint(answer: (n: number) => Answer): Promise<SubscriberEndpoint> {
  const requests: SubscriberEndpoint["requests"] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const reply = answer(requests.length);
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      if (reply !== "hang") res.writeHead(reply.status, reply.headers).end(reply.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/hooks`;
  // Loopback is refused to webhooks unless allowlisted.
  const disallow = await allowEndpoint(url);
  return {
    url,
    requests,
    close: async () => {
      await new Promise<void>((resolve) => {
        // A hanging request would otherwise keep the server open until the test run times out.
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await disallow();
    },
  };
}
