// Placeholder until the feature lands.
export default function OverviewPage() {
  return null;
}
