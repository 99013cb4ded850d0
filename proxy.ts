import { NextResponse, type NextRequest } from "next/server";

/**
 * Refuses an API path whose percent-encoding is not UTF-8 (`%ED%A0%80`, half
 * a surrogate pair) with a 400 that says so: Next.js decodes route parameters
 * before any route handler runs, and an undecodable one became a bare 500.
 */
export function proxy(request: NextRequest): NextResponse | undefined {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return undefined;
  } catch {
    return NextResponse.json(
      { error: { code: "BAD_REQUEST", message: "The request path is not valid percent-encoded UTF-8." } },
      { status: 400 },
    );
  }
}

export const config = { matcher: "/api/:path*" };
