import type { Duplex } from "node:stream";
import { Transport } from "jsforce/lib/transport";
import type { HttpRequest, HttpRequestOptions, HttpResponse } from "jsforce/lib/types";

/** Request options that also ask to hear each raw response, including the ones jsforce turns into errors. */
export type ObservedRequestOptions = HttpRequestOptions & { observe?: (response: HttpResponse) => void };

/**
 * jsforce's HTTP transport, plus a look at every response before jsforce
 * reads it. jsforce's errors keep Salesforce's errorCode but drop the status
 * and headers, and the Retry-After and Sforce-Limit-Info headers are what the
 * sync job needs to back off or pause.
 */
export class ObservedTransport extends Transport {
  constructor(private readonly onAnyResponse: (response: HttpResponse) => void) {
    super();
  }

  getRequestStreamCreator(): (req: HttpRequest, options: HttpRequestOptions) => Duplex {
    const create = super.getRequestStreamCreator();
    return (req, options: ObservedRequestOptions) => {
      const stream = create(req, options);
      stream.on("complete", (response: HttpResponse) => {
        this.onAnyResponse(response);
        options.observe?.(response);
      });
      return stream;
    };
  }
}
