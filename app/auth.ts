import NextAuth, { CredentialsSignin, type DefaultSession, type NextAuthConfig } from "next-auth";
import type {} from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import type { Role } from "@/prisma/generated/client";
import { authenticateUser, type SignInProof } from "@/src/auth/authenticate-user";
import { clientAddressOf } from "@/src/auth/client-address";
import { env } from "@/src/env";
import { AppError } from "@/src/errors";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
  }
}

/** Carries the AppError through Auth.js, so the sign-in form can show its message as written. */
export class RefusedSignIn extends CredentialsSignin {
  readonly reason: string;

  constructor(error: AppError) {
    super(error.message);
    this.code = error.code;
    this.reason = error.message;
  }
}

async function signInOrRefuse(proof: SignInProof) {
  try {
    return await authenticateUser(proof);
  } catch (error) {
    if (error instanceof AppError) throw new RefusedSignIn(error);
    throw error;
  }
}

const credentials = Credentials({
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  // Auth.js hands over the request (with the form's or route's headers), so failures count against its address too.
  authorize: (input, request) =>
    signInOrRefuse({ method: "password", email: input.email, password: input.password, clientAddress: clientAddressOf(request.headers) }),
});

const oidc: NextAuthConfig["providers"] =
  env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_CLIENT_ID && env.AUTH_OIDC_CLIENT_SECRET
    ? [
        {
          id: "oidc",
          name: env.AUTH_OIDC_NAME,
          type: "oidc",
          issuer: env.AUTH_OIDC_ISSUER,
          clientId: env.AUTH_OIDC_CLIENT_ID,
          clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
        },
      ]
    : [];

/** Whether the sign-in page should offer single sign-on. */
export const oidcProvider = oidc.length ? { id: "oidc", name: env.AUTH_OIDC_NAME } : null;

/**
 * Sessions are JWTs carrying `sub` (User.id) and `role`, so the GraphQL
 * endpoint can authorise a browser request by decoding the cookie alone.
 * There is no sign-up: OIDC identities map onto users an administrator created.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [credentials, ...oidc],
  logger: {
    // Wrong passwords are expected; anything else is still logged in full for operators.
    error: (error) => {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      return signInOrRefuse({ method: "oidc", email: user.email }).then(() => true, () => false);
    },
    async jwt({ token, user, account }) {
      if (!user) return token;
      // An OIDC user arrives with the issuer's subject; the token must carry our User.id and role.
      const known = account?.provider === "oidc" ? await signInOrRefuse({ method: "oidc", email: user.email }) : user;
      return { ...token, sub: known.id, role: known.role, email: known.email, name: known.name };
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (token.role) session.user.role = token.role;
      return session;
    },
  },
});
