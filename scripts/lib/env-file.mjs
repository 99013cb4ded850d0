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

function writeSecret(name, secret) {
  const text = readFileSync(envPath, "utf8");
  const line = `${name}=${secret}`;
  const existing = new RegExp(`^${name}=.*$`, "m");
  const next = existing.test(text)
    ? text.replace(existing, () => line)
    : `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}${line}\n`;
  writeFileSync(envPath, next);
}

/** The secrets a first start generates: the session key, and the key connector credentials are sealed with. */
const secrets = {
  AUTH_SECRET: () => randomBytes(32).toString("base64url"),
  SOURCE_CREDENTIALS_KEY: () => randomBytes(32).toString("base64"),
};

/**
 * Creates .env from .env.example on the first start and generates the
 * secrets into it, so sign-in works at once, sessions survive restarts and
 * stored source credentials stay readable. Returns the values in the file.
 */
export async function ensureEnvFile() {
  if (!existsSync(envPath)) {
    copyFileSync(examplePath, envPath);
    chmodSync(envPath, 0o600);
    info("created .env from .env.example");
  }
  const values = await readEnvFile();
  for (const [name, generate] of Object.entries(secrets)) {
    if (process.env[name] || values[name]) continue;
    values[name] = generate();
    writeSecret(name, values[name]);
    info(`generated ${name} into .env`);
  }
  return values;
}
