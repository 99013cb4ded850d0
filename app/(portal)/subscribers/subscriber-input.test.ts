import { describe, expect, it } from "vitest";
import { inTrouble, standingOf } from "./standing";
import { refusalMessage, subscriberInput } from "./subscriber-input";

const formOf = (fields: [string, string][]) => {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
};

describe("reading the subscriber form", () => {
  it("sends every filter, an unchecked one as the empty list that means all, and trims the text", () => {
    const { input, values } = subscriberInput(
      formOf([
        ["name", " CRM sync "],
        ["url", " https://crm.example.com/hooks "],
        ["eventTypes", "golden.created"],
        ["eventTypes", "golden.merged"],
        ["attributes", "email"],
        ["payloadStyle", "THIN"],
      ]),
    );
    expect(input).toEqual({
      name: "CRM sync",
      url: "https://crm.example.com/hooks",
      eventTypes: ["golden.created", "golden.merged"],
      entityTypes: [],
      sourceKeys: [],
      attributes: ["email"],
      payloadStyle: "THIN",
    });
    expect(values.eventTypes).toEqual(["golden.created", "golden.merged"]);
  });

  it("leaves a missing payload style to the domain's default", () => {
    expect(subscriberInput(formOf([["name", "x"]])).input).not.toHaveProperty("payloadStyle");
  });
});

describe("the message beside the button", () => {
  it("names only what no field shows", () => {
    const issues = [
      { path: "url", message: "URL: 127.0.0.1 is a loopback address." },
      { path: "(root)", message: "Something else." },
    ];
    expect(refusalMessage("Not added", { message: "all of it", issues })).toBe("Not added: Something else. Also see the fields marked below.");
    expect(refusalMessage("Not added", { message: "Gone.", issues: [] })).toBe("Not added: Gone.");
    expect(refusalMessage("Not added", { message: "x", issues: [{ path: "eventTypes.1", message: "bad" }] })).toBe("Not added: see the fields marked below.");
  });
});

describe("a subscriber's standing", () => {
  const base = { active: true, disabledReason: null, disabledAt: null, failingSince: null };
  it("tells the hub's disabling from an admin's and from one without a reason", () => {
    const at = new Date("2025-03-01T00:00:00Z");
    expect(standingOf({ ...base, active: false, disabledReason: "answered 410 Gone at 2025-03-01T00:00:00Z", disabledAt: at })).toMatchObject({ kind: "disabled", byHub: true });
    expect(standingOf({ ...base, active: false, disabledReason: "disabled by user:anna@example.com", disabledAt: at })).toMatchObject({ kind: "disabled", byHub: false });
    expect(standingOf({ ...base, active: false })).toMatchObject({ kind: "disabled", byHub: false });
    expect(standingOf({ ...base, failingSince: at })).toEqual({ kind: "failing", since: at });
    expect(standingOf(base)).toEqual({ kind: "active" });
  });

  it("lists the newest trouble first and leaves out what an admin switched off", () => {
    const older = { ...base, id: "a", failingSince: new Date("2025-03-01T00:00:00Z") };
    const newer = { ...base, id: "b", active: false, disabledReason: "refused: 10.0.0.1 is a private-network address", disabledAt: new Date("2025-03-02T00:00:00Z") };
    const byAdmin = { ...base, id: "c", active: false, disabledReason: "disabled by user:anna@example.com", disabledAt: new Date("2025-03-03T00:00:00Z") };
    expect(inTrouble([older, byAdmin, newer]).map((t) => t.subscriber.id)).toEqual(["b", "a"]);
  });
});
