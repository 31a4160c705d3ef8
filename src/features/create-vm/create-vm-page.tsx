// Placeholder until the feature lands.
export default function CreateVmPage() {
  return null;
}
