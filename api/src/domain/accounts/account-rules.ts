/** What a staff account's name and password must be, wherever an account is made or changed. */
export const minPasswordLength = 12;

/** Usernames are compared and stored trimmed and lower case. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** Problems of a username as normalizeUsername gives it. */
export function usernameProblems(username: string): string[] {
  return /^[a-z0-9._@-]{2,100}$/.test(username) ? [] : ['A username uses letters, digits and . _ @ - only.'];
}

export function passwordProblems(password: string): string[] {
  return password.length < minPasswordLength ? [`A password needs at least ${minPasswordLength} characters.`] : [];
}
