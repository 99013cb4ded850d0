import { describe, expect, it } from "vitest";
import { AppError } from "@/src/errors";
import { parseSapConnection } from "./sap-connection";

const login = { username: "HUB", password: "secret" };
const issuesOf = (input: Record<string, unknown>) => {
  try {
    parseSapConnection({ ...login, ...input });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).issues;
  }
  throw new Error("the connection was accepted");
};

describe("parseSapConnection", () => {
  it("refuses plain http to any host but loopback, saying why", () => {
    expect(issuesOf({ baseUrl: "http://s4.example.com" })).toEqual([{ path: "baseUrl", message: expect.stringContaining("must use https") }]);
    expect(issuesOf({ baseUrl: "http://10.0.0.5:8000" })[0].path).toBe("baseUrl");
    for (const baseUrl of ["https://s4.example.com", "http://127.0.0.1:50000", "http://localhost:8000", "http://[::1]:8000"]) {
      expect(parseSapConnection({ ...login, baseUrl }).baseUrl).toBe(baseUrl);
    }
  });

  it("takes the system's time zone by IANA name, UTC unless given", () => {
    expect(parseSapConnection({ ...login, baseUrl: "https://s4.example.com" }).timeZone).toBe("UTC");
    expect(parseSapConnection({ ...login, baseUrl: "https://s4.example.com", timeZone: "Europe/Berlin" }).timeZone).toBe("Europe/Berlin");
    expect(issuesOf({ baseUrl: "https://s4.example.com", timeZone: "Mars/Olympus_Mons" })).toEqual([{ path: "timeZone", message: expect.stringContaining("IANA time zone") }]);
  });

  it("still names a base URL that is no URL at all", () => {
    expect(issuesOf({ baseUrl: "s4 example" })[0]).toMatchObject({ path: "baseUrl", message: expect.stringContaining("http(s) URL") });
  });
});
