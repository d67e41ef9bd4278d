import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface VirtualGridProps<T> {
  items: readonly T[];
  /** Sizes in rem, so the grid scales with the screen like everything else. */
  minColumnRem: number;
  rowRem: number;
  gapRem: number;
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  label: string;
}

const overscanRows = 2;

function remInPixels(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * Renders only the rows in view (plus a little), so 1,219 handsets scroll and filter without
 * building 1,219 cards. Fixed row height keeps the arithmetic trivial.
 */
export function VirtualGrid<T>(props: VirtualGridProps<T>) {
  const { items, minColumnRem, rowRem, gapRem, getKey, renderItem, label } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ width: 0, height: 0, rem: 16 });
  const [scrollTop, setScrollTop] = useState(0);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const measure = () =>
      setViewport({
        width: scroller.clientWidth,
        height: scroller.clientHeight,
        rem: remInPixels(),
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  // A new filter shows its results from the top.
  useEffect(() => {
    scrollerRef.current?.scrollTo({ top: 0 });
    setScrollTop(0);
  }, [items]);

  const gap = gapRem * viewport.rem;
  const rowHeight = rowRem * viewport.rem;
  const columnWidth = minColumnRem * viewport.rem;
  const columns = Math.max(1, Math.floor((viewport.width + gap) / (columnWidth + gap)));
  const rows = Math.ceil(items.length / columns);
  const stride = rowHeight + gap;
  const totalHeight = rows > 0 ? rows * stride - gap : 0;
  const firstRow = Math.max(0, Math.floor(scrollTop / stride) - overscanRows);
  const lastRow = Math.min(
    rows - 1,
    Math.ceil((scrollTop + viewport.height) / stride) + overscanRows,
  );

  const visible: ReactNode[] = [];
  if (viewport.width > 0) {
    for (let row = firstRow; row <= lastRow; row++) {
      for (let column = 0; column < columns; column++) {
        const item = items[row * columns + column];
        if (item === undefined) break;
        visible.push(
          <div
            key={getKey(item)}
            role="listitem"
            className="virtual-grid__cell"
            style={{
              top: row * stride,
              left: `calc((100% - ${(columns - 1) * gap}px) / ${columns} * ${column} + ${column * gap}px)`,
              width: `calc((100% - ${(columns - 1) * gap}px) / ${columns})`,
              height: rowHeight,
            }}
          >
            {renderItem(item)}
          </div>,
        );
      }
    }
  }

  return (
    <div
      ref={scrollerRef}
      className="virtual-grid"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div
        role="list"
        aria-label={label}
        className="virtual-grid__canvas"
        style={{ height: totalHeight }}
      >
        {visible}
      </div>
    </div>
  );
}
