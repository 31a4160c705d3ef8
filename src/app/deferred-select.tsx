import { useState, type ComponentType, type KeyboardEvent } from 'react';

interface DeferredSelectProps {
  /** The accessible name, as the select it stands for has it. */
  label: string;
  /** What the select shows now. */
  value: string;
  width: number;
  /** The real select, opened; loaded on first use. */
  load(): Promise<ComponentType>;
}

/**
 * A plain button that looks like the select it stands for and becomes it on first use: a click (or Enter,
 * Space, Alt+Down, Down) loads antd's select, which takes the focus and opens. The sign-in page shows two
 * selects and nothing else of antd, so it need not load antd (~190 kB) before anyone uses them.
 */
export function DeferredSelect({ label, value, width, load }: DeferredSelectProps) {
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
      className="deferred-select"
      style={{ width }}
      onClick={open}
      onKeyDown={onKeyDown}
    >
      <span className="deferred-select__value">{value}</span>
      <span className="deferred-select__arrow" aria-hidden>
        ▾
      </span>
    </button>
  );
}
