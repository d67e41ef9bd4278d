import type { ContentOf, Language } from '../../../shared';
import { localText } from '../../i18n/messages';
import type { Point } from './routeGeometry';

type MapContent = ContentOf<'maps'>;
type Route = MapContent['routes'][number];

const pointList = (points: readonly Point[]) => points.map(([x, y]) => `${x},${y}`).join(' ');

const placeGlyph: Record<MapContent['places'][number]['kind'], string> = {
  here: '●',
  station: '站',
  airport: '✈',
  hotel: '宿',
  sight: '景',
  food: '食',
  shop: '购',
  office: '楼',
};

interface CityMapProps {
  map: MapContent;
  route: Route | null;
  /** How far along the route the traveller is, 0–1 (the travelled part is drawn darker). */
  travelled: number;
  at: Point | null;
  /** The part of the map on screen: the whole map, or a window that follows the traveller. */
  view: { x: number; y: number; width: number; height: number };
  language: Language;
}

/** The published street plan drawn as SVG, with the chosen route and the traveller on it. */
export function CityMap({ map, route, travelled, at, view, language }: CityMapProps) {
  return (
    <svg
      className="city-map"
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
    >
      <rect
        x="-500"
        y="-500"
        width={map.width + 1000}
        height={map.height + 1000}
        className="city-map__land"
      />
      {map.areas.map((area, i) => (
        <polygon key={i} points={pointList(area.points)} className={`city-map__${area.kind}`} />
      ))}
      {map.roads.map((road, i) => (
        <polyline
          key={`casing-${i}`}
          points={pointList(road.points)}
          className={road.major ? 'city-map__casing city-map__casing--major' : 'city-map__casing'}
        />
      ))}
      {map.roads.map((road, i) => (
        <polyline
          key={`road-${i}`}
          points={pointList(road.points)}
          className={road.major ? 'city-map__road city-map__road--major' : 'city-map__road'}
        />
      ))}
      {map.roads.map((road, i) => {
        const [a, b] = road.points;
        if (!road.name || !a || !b) return null;
        const vertical = Math.abs(b[0] - a[0]) < Math.abs(b[1] - a[1]);
        const x = (a[0] + b[0]) / 2 + (vertical ? 0 : 40);
        const y = (a[1] + b[1]) / 2 + (vertical ? 60 : 0);
        return (
          <text
            key={`name-${i}`}
            x={x}
            y={y}
            className="city-map__road-name"
            transform={vertical ? `rotate(90 ${x} ${y})` : undefined}
          >
            {localText(road.name, language)}
          </text>
        );
      })}
      {route && (
        <>
          <polyline points={pointList(route.points)} className="city-map__route" pathLength={1} />
          <polyline
            points={pointList(route.points)}
            className="city-map__route-done"
            pathLength={1}
            strokeDasharray={`${travelled} 1`}
          />
        </>
      )}
      {map.places.map((place) => (
        <g
          key={place.id}
          transform={`translate(${place.at[0]} ${place.at[1]})`}
          className={`city-map__place city-map__place--${place.kind}`}
        >
          <circle r={place.kind === 'here' ? 13 : 17} />
          {place.kind !== 'here' && (
            <text className="city-map__glyph">{placeGlyph[place.kind]}</text>
          )}
          <text className="city-map__label" y={-26}>
            {localText(place.name, language)}
          </text>
        </g>
      ))}
      {at && (
        <g transform={`translate(${at[0]} ${at[1]})`} className="city-map__me">
          <circle r="30" className="city-map__me-halo" />
          <circle r="14" className="city-map__me-dot" />
        </g>
      )}
    </svg>
  );
}
