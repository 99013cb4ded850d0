import { env } from "@/src/env";

/**
 * The bundled demo receiver's signing secret. It is public on purpose: it only
 * guards a local demo endpoint; real subscribers get generated secrets.
 */
export const DEMO_RECEIVER_SECRET = "whsec_" + Buffer.from("goldenhub-demo-receiver-secret-32").toString("base64");

export const demoReceiverUrl = () => `http://127.0.0.1:${env.RECEIVER_PORT}/webhooks`;
