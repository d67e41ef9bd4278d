import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';

// Only what the sales page draws is registered, so the rest of chart.js stays out of the bundle.
Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export type ChartKind = 'line' | 'bar' | 'horizontalBar' | 'doughnut';

/** The console's palette (tokens.css), for slices and bars. */
export const chartColours = [
  '#1a5f9c',
  '#10a59c',
  '#e0a526',
  '#c2410c',
  '#7c3aed',
  '#5d6b7e',
  '#2cc2b6',
  '#124b7d',
];

interface SalesChartProps {
  kind: ChartKind;
  labels: string[];
  values: number[];
  /** Names the series for screen readers and the tooltip. */
  label: string;
  format: (value: number) => string;
  height?: number;
  /** Whole counts: integer ticks and room up to 5 when the counts are small. */
  integer?: boolean;
}

function configFor({
  kind,
  labels,
  values,
  label,
  format,
  integer,
}: SalesChartProps): ChartConfiguration<'doughnut'> | ChartConfiguration<'line' | 'bar'> {
  const tooltip = {
    callbacks: { label: (item: { raw: unknown }) => `${label}: ${format(Number(item.raw))}` },
  };
  if (kind === 'doughnut') {
    return {
      type: 'doughnut',
      data: {
        labels,
        datasets: [{ label, data: values, backgroundColor: chartColours, borderWidth: 2 }],
      },
      options: {
        maintainAspectRatio: false,
        animation: { duration: 250 },
        cutout: '58%',
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 14, padding: 14 } }, tooltip },
      },
    };
  }
  const horizontal = kind === 'horizontalBar';
  const valueAxis = {
    beginAtZero: true,
    // Counts are whole: an empty hour chart shows 0–5, not 0, 0.5, 1.
    suggestedMax: integer ? 5 : undefined,
    ticks: {
      precision: integer ? 0 : undefined,
      callback: (v: string | number) => format(Number(v)),
    },
    grid: { color: '#eef1f5' },
  };
  const labelAxis = { grid: { display: false }, ticks: { autoSkip: !horizontal, maxRotation: 0 } };
  return {
    type: kind === 'line' ? 'line' : 'bar',
    data: {
      labels,
      datasets: [
        kind === 'line'
          ? {
              label,
              data: values,
              borderColor: '#1a5f9c',
              backgroundColor: 'rgba(26, 95, 156, 0.12)',
              fill: true,
              tension: 0.25,
              pointRadius: labels.length > 45 ? 0 : 3,
              borderWidth: 2,
            }
          : {
              label,
              data: values,
              backgroundColor: '#10a59c',
              borderRadius: 4,
              maxBarThickness: 28,
            },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: { duration: 250 },
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: { legend: { display: false }, tooltip },
    },
  };
}

/** One chart.js chart on a canvas; rebuilt when what it shows changes, destroyed on unmount. */
export function SalesChart(props: SalesChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { kind, labels, values, label, format, integer } = props;
  useEffect(() => {
    if (!canvas.current) return;
    const config = configFor({ kind, labels, values, label, format, integer });
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [kind, labels, values, label, format, integer]);
  return (
    <div className="sales-chart" style={{ height: props.height ?? 280 }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
