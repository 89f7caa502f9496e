export const SIGN_ACCEPTED_MESSAGE =
  "Thank you. We have sent you an email: open the link in it to confirm your signature. It is counted once you confirm.";
