import type { NextConfig } from "next";

/**
 * The portal runs offline and behind the operator's own proxy: no telemetry
 * header, no remote images or fonts, and database drivers left to Node.
 * graphql and the armor plugins are left to Node too: bundled, the armor's
 * copy of graphql was another instance than yoga's, so its syntax errors were
 * not recognised as GraphQL errors and answered 500 instead of 200 with the error.
 */
const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: [
    "pg",
    "postgres",
    "ioredis",
    "bullmq",
    "graphql",
    "@escape.tech/graphql-armor",
    "@escape.tech/graphql-armor-max-tokens",
    "@escape.tech/graphql-armor-max-depth",
    "@escape.tech/graphql-armor-max-aliases",
    "@escape.tech/graphql-armor-max-directives",
    "@escape.tech/graphql-armor-cost-limit",
    "@escape.tech/graphql-armor-block-field-suggestions",
  ],
  images: { unoptimized: true },
};

export default config;
