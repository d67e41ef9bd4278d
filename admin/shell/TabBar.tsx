interface TabBarProps<Tab extends string> {
  /** The tablist's accessible name. */
  label: string;
  tabs: readonly { id: Tab; label: string }[];
  chosen: Tab;
  onChoose: (tab: Tab) => void;
  className?: string;
}

/** A page's row of tabs; the chosen one is aria-selected. */
export function TabBar<Tab extends string>({
  label,
  tabs,
  chosen,
  onChoose,
  className,
}: TabBarProps<Tab>) {
  return (
    <div className={className ? `tabs ${className}` : 'tabs'} role="tablist" aria-label={label}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={chosen === tab.id}
          onClick={() => onChoose(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
