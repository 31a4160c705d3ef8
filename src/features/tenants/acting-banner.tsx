// Placeholder until the admin feature lands: the layout renders it above every page.
export function ActingBanner() {
  return null;
}
