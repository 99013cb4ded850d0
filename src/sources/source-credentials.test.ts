import { describe, expect, it } from "vitest";
import { openCredentials, sealCredentials } from "./source-credentials";

describe("source credentials at rest", () => {
  it("opens what it sealed, shows nothing of it in the sealed bytes, and refuses a tampered value", () => {
    const credentials = { username: "HUB_READER", password: "s3cret-Pässword" };
    const sealed = sealCredentials(credentials);
    expect(sealed.toString("latin1")).not.toContain("s3cret");
    expect(openCredentials(sealed)).toEqual(credentials);
    expect(sealCredentials(credentials).equals(sealed)).toBe(false);
    const tampered = Buffer.from(sealed);
    tampered[20] ^= 1;
    expect(() => openCredentials(tampered)).toThrow(/cannot be opened/);
  });
});
