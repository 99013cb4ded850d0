import type { NextConfig } from "next";

/**
 * The portal runs offline and behind the operator's own proxy: no telemetry
 * header, no remote images or fonts, and database drivers left to Node.
 */
const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["pg", "postgres", "ioredis", "bullmq"],
  images: { unoptimized: true },
};

export default config;
