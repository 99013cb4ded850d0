"use client";

import { ConfirmButton } from "@/app/components/confirm-button";
import { revokeTokenAction } from "./actions";

export function RevokeButton({ tokenId, name }: { tokenId: string; name: string }) {
  return <ConfirmButton action={revokeTokenAction} initial={{ message: null }} fields={{ tokenId }} verb="Revoke" gerund="revoking" subject={name} warning="Revoke for good?" />;
}
