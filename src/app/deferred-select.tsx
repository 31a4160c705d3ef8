import { useState, type ComponentType, type KeyboardEvent, type ReactNode } from 'react';

interface DeferredSelectProps {
  /** The accessible name, as the select it stands for has it. */
  label: string;
  /** What the select shows now. */
  value: ReactNode;
  /** A tooltip, when the value alone (an icon) does not say it. */
  title?: string;
  width: number;
  /** The real select, opened; loaded on first use. */
  load(): Promise<ComponentType>;
}

/**
 * A plain button that looks like the header select it stands for and becomes it on first use: a click (or
 * Enter, Space, Down) loads antd's select, which takes the focus and opens. The sign-in page shows two selects
 * and nothing else of antd, so it need not load antd (~190 kB) before anyone uses them; the signed-in header
 * saves two antd selects' render on every first paint.
 */
export function DeferredSelect({ label, value, title, width, load }: DeferredSelectProps) {
  const [Loaded, setLoaded] = useState<ComponentType | null>(null);
  const [loading, setLoading] = useState(false);
  if (Loaded) return <Loaded />;
  const open = () => {
    if (loading) return;
    setLoading(true);
    void load().then(
      (select) => setLoaded(() => select),
      () => setLoading(false),
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    open();
  };
  return (
    <button
      type="button"
      role="combobox"
      aria-label={label}
      aria-expanded={false}
      aria-haspopup="listbox"
      aria-busy={loading}
      title={title}
      className="deferred-select"
      style={{ width }}
      onClick={open}
      onKeyDown={onKeyDown}
    >
      <span className="deferred-select__value">{value}</span>
      {/* antd's DownOutlined, inline: the sign-in page loads no icon package. */}
      <svg className="deferred-select__arrow" viewBox="64 64 896 896" width="12" height="12" fill="currentColor" aria-hidden>
        <path d="M884 256h-75c-5.1 0-9.9 2.5-12.9 6.6L512 654.2 227.9 262.6c-3-4.1-7.8-6.6-12.9-6.6h-75c-6.5 0-10.3 7.4-6.5 12.7l352.6 486.1c12.8 17.6 39 17.6 51.7 0l352.6-486.1c3.9-5.3.1-12.7-6.4-12.7z" />
      </svg>
    </button>
  );
}
