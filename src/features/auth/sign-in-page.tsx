// Placeholder until the feature lands.
export default function SignInPage() {
  return null;
}
