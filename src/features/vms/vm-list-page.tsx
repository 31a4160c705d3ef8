// Placeholder until the feature lands.
export default function VmListPage() {
  return null;
}
