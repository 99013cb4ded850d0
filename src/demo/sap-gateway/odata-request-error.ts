/** A request the demo gateway refuses, answered like SAP Gateway: an OData error document with this status. */
export class ODataRequestError extends Error {
  constructor(
    message: string,
    readonly status = 400,
    readonly code = "/IWBEP/CM_MGW_RT/022",
  ) {
    super(message);
  }
}
