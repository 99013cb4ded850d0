import { handlers } from "@/app/auth";

/** Auth.js endpoints: CSRF token, session, OIDC redirects and callbacks, sign-out. */
export const { GET, POST } = handlers;
