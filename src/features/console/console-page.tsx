// Placeholder until the feature lands.
export default function ConsolePage() {
  return null;
}
