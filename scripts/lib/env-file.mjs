import { randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { info } from "./output.mjs";
import { root } from "./project.mjs";

const envPath = path.join(root, ".env");
const examplePath = path.join(root, ".env.example");

/** Reads .env with dotenv, the parser src/env.ts uses, so the scripts and the app agree on every value. */
export async function readEnvFile() {
  if (!existsSync(envPath)) return {};
  const { parse } = await import("dotenv");
  return parse(readFileSync(envPath));
}

function writeSecret(secret) {
  const text = readFileSync(envPath, "utf8");
  const line = `AUTH_SECRET=${secret}`;
  const next = /^AUTH_SECRET=.*$/m.test(text)
    ? text.replace(/^AUTH_SECRET=.*$/m, () => line)
    : `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}${line}\n`;
  writeFileSync(envPath, next);
}

/**
 * Creates .env from .env.example on the first start and generates AUTH_SECRET
 * into it, so sign-in works at once and sessions survive restarts. Returns the
 * values in the file.
 */
export async function ensureEnvFile() {
  if (!existsSync(envPath)) {
    copyFileSync(examplePath, envPath);
    chmodSync(envPath, 0o600);
    info("created .env from .env.example");
  }
  const values = await readEnvFile();
  if (!process.env.AUTH_SECRET && !values.AUTH_SECRET) {
    values.AUTH_SECRET = randomBytes(32).toString("base64url");
    writeSecret(values.AUTH_SECRET);
    info("generated AUTH_SECRET into .env");
  }
  return values;
}
