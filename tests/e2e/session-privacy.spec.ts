import { expect, test } from "@playwright/test";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { Mailbox } from "./support/mailbox";

// Issue #13, finding 7, against the built app: a script on our pages cannot read the session token
// through Auth.js's session endpoint, and every page says which browser features none uses.

test("the session endpoint names the signed-in user and their role, and nothing a script could replay", async ({ page, request }) => {
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  const response = await page.request.get("/api/auth/session");
  const text = await response.text();
  expect(text).not.toContain(cookie!.value);
  const body = JSON.parse(text);
  expect(Object.keys(body).sort()).toEqual(["expires", "user"]);
  expect(Object.keys(body.user).sort()).toEqual(["email", "id", "role"]);
  expect(body.user).toMatchObject({ email: ADMIN_EMAIL, role: "admin" });
});

test("pages, the API and the widget carry a Permissions-Policy", async ({ request }) => {
  for (const path of ["/", "/campaigns/mayors-declaration", "/api/v1/campaigns", "/embed/campaigns/mayors-declaration"]) {
    const response = await request.get(path);
    expect(response.headers()["permissions-policy"], path).toContain("camera=()");
  }
});
