import { useEffect, useState } from 'react';
import type { ContentOf } from '../../../shared';
import { useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { seededRandom } from '../shell/seededRandom';
import { SimIcon } from '../shell/SimIcon';
import { NoContent, SimFacts, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import {
  flipCard,
  hideMismatch,
  isFaceUp,
  isMismatchShowing,
  isWon,
  newMemoryGame,
  type MemoryGame as Game,
} from './memoryGame';
import { MemorySymbol } from './MemorySymbol';
import './entertainment.css';

type Symbol = ContentOf<'game'>['symbols'][number];
const lookMs = 900;

const symbolKey = {
  phone: 'game.symbol.phone',
  signal: 'game.symbol.signal',
  video: 'game.symbol.video',
  music: 'game.symbol.music',
  mail: 'game.symbol.mail',
  map: 'game.symbol.map',
  camera: 'game.symbol.camera',
  tv: 'game.symbol.tv',
  game: 'game.symbol.game',
  chart: 'game.symbol.chart',
  cloud: 'game.symbol.cloud',
  star: 'game.symbol.star',
} as const;

/** A memory game to play with a finger: turn two cards, keep the pairs, in as few turns as you can. */
export default function MemoryGame({ experience }: SimulationProps) {
  const t = useT();
  const content = contentOf(experience, 'game');
  const symbols = content?.symbols ?? [];
  const deal = () => newMemoryGame(symbols, seededRandom(Date.now() % 1_000_000));
  const [game, setGame] = useState<Game>(deal);

  useEffect(() => {
    if (!isMismatchShowing(game)) return undefined;
    const timer = window.setTimeout(() => setGame(hideMismatch), lookMs);
    return () => window.clearTimeout(timer);
  }, [game]);

  if (!content) return <NoContent message={t('experience.noContent')} />;
  const pairs = game.cards.filter((card) => card.matched).length / 2;
  const won = isWon(game);

  return (
    <div className="sim sim--split">
      <PhoneFrame app={t('game.app')}>
        <div className="memory">
          <p className="memory__score" role="status">
            {won
              ? t('game.won', { turns: game.turns })
              : t('game.score', { pairs, total: symbols.length, turns: game.turns })}
          </p>
          <div className="memory__grid" role="group" aria-label={t('game.board')}>
            {game.cards.map((card, i) => {
              const up = isFaceUp(game, i);
              const name = up
                ? t('game.cardUp', { number: i + 1, symbol: t(symbolKey[card.symbol as Symbol]) })
                : t('game.cardDown', { number: i + 1 });
              return (
                <button
                  key={i}
                  type="button"
                  className={[
                    'memory__card',
                    up ? 'memory__card--up' : '',
                    card.matched ? 'memory__card--matched' : '',
                  ].join(' ')}
                  aria-label={name}
                  onClick={() => setGame((g) => flipCard(g, i))}
                >
                  <span className="memory__face memory__face--back" aria-hidden="true">
                    3G
                  </span>
                  <span className="memory__face memory__face--front">
                    <MemorySymbol symbol={card.symbol as Symbol} />
                  </span>
                </button>
              );
            })}
          </div>
          {won && (
            <button type="button" className="memory__again" onClick={() => setGame(deal())}>
              <SimIcon name="restart" />
              {t('game.again')}
            </button>
          )}
        </div>
      </PhoneFrame>
      <SimNotes title={t('game.notesTitle')}>
        <p className="sim-lead">{t('game.rules')}</p>
        <SimFacts
          facts={[
            [t('game.fact.par'), t('game.fact.parValue', { turns: content.parTurns })],
            [t('game.fact.online'), t('game.fact.onlineValue')],
          ]}
        />
        <button
          type="button"
          className="button button--secondary button--large"
          onClick={() => setGame(deal())}
        >
          <SimIcon name="restart" />
          {t('game.restart')}
        </button>
      </SimNotes>
    </div>
  );
}
