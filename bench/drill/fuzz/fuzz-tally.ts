/**
 * What the fuzz pass saw. A finding keeps one example per kind, so the
 * drill's line can name what went wrong without a log to dig through.
 */
export class FuzzTally {
  badInputs = 0;
  serverErrors = 0;
  unclearRefusals = 0;
  lettingIn = 0;
  goodsRefused = 0;
  noAnswers = 0;
  readonly examples = new Map<string, string>();

  tried(n: number) {
    this.badInputs += n;
  }

  private example(what: string, detail: string) {
    if (!this.examples.has(what)) this.examples.set(what, detail.slice(0, 200));
  }

  /** Reads an answer: a 5xx is counted; a 4xx must carry a JSON error with a message; GraphQL errors must have messages. */
  async answer(kind: string, res: Response): Promise<unknown> {
    const text = await res.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    // GraphQL answers a resolver's crash with 200 and an INTERNAL_SERVER_ERROR code: a 500 in all but status.
    const crashed = ((body as { errors?: { extensions?: { code?: string } }[] } | null)?.errors ?? []).some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");
    if (res.status >= 500 || crashed) {
      this.serverErrors++;
      this.example(`500 on ${kind}`, `${res.status} ${text}`);
    } else if (res.status >= 400) {
      const error = (body as { error?: { message?: unknown }; errors?: { message?: unknown }[] } | null);
      const message = error?.error?.message ?? error?.errors?.[0]?.message;
      if (typeof message !== "string" || !message) this.unclear(kind, `${res.status} ${text}`);
    }
    return body;
  }

  unclear(kind: string, detail: string) {
    this.unclearRefusals++;
    this.example(`unclear refusal of ${kind}`, detail);
  }

  letIn(kind: string) {
    this.lettingIn++;
    this.example(`let in: ${kind}`, kind);
  }

  goodRefused(detail: string) {
    this.goodsRefused++;
    this.example("good record refused", detail);
  }

  noAnswer(kind: string, detail: string) {
    this.noAnswers++;
    this.example(`no answer to ${kind}`, detail);
  }

  get clean(): boolean {
    return !this.serverErrors && !this.unclearRefusals && !this.lettingIn && !this.goodsRefused && !this.noAnswers;
  }

  describe(): string {
    const findings = [...this.examples].map(([what, detail]) => `${what} (${detail})`);
    return [
      `${this.serverErrors} 500s, ${this.unclearRefusals} unclear refusals, ${this.lettingIn} bad records let in, ${this.goodsRefused} good records refused, ${this.noAnswers} requests unanswered`,
      ...findings.slice(0, 6),
    ].join("; ");
  }
}
