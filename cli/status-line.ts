import { serviceAddress, type Service } from "./connection-error";

/** What a command shows while it waits for a service, so the person knows it is neither stuck nor lost. */
export const waitingFor = (service: Service) => `waiting for ${service} at ${serviceAddress(service)}; start it if it stopped, the command goes on by itself`;

const backAgain = (service: Service) => `${service} at ${serviceAddress(service)} is back; going on`;

/**
 * The line an import's progress is drawn on, with the outage it waits
 * through beside it. On a terminal the line is redrawn in place, so nothing is
 * printed over it; in a log each outage and its end are one line each.
 */
export class StatusLine {
  private progress = "";
  private waiting: Service | null = null;
  private drawn = false;

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  private get tty(): boolean {
    return this.out.isTTY === true;
  }

  private draw(): void {
    const notice = this.waiting ? ` (${waitingFor(this.waiting)})` : "";
    this.out.write(`\r${this.progress}${notice}\x1b[K`);
    this.drawn = true;
  }

  setProgress(text: string): void {
    this.progress = text;
    if (this.tty) this.draw();
  }

  setWaiting(service: Service | null): void {
    if (service === this.waiting) return;
    const was = this.waiting;
    this.waiting = service;
    if (this.tty) this.draw();
    else this.out.write(`${service ? waitingFor(service) : backAgain(was!)}\n`);
  }

  /** Ends the line on a terminal, so what follows starts on its own. */
  end(): void {
    if (this.tty && this.drawn) this.out.write("\n");
    this.drawn = false;
  }
}
