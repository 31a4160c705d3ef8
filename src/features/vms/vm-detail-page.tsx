// Placeholder until the feature lands.
export default function VmDetailPage() {
  return null;
}
