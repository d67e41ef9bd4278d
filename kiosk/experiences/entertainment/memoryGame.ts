/**
 * The rules of the memory game: pairs of cards face down; turn two, keep them if they match,
 * else they turn back. Pure state in, state out, so the rules are tested without a screen.
 */
export interface MemoryCard {
  symbol: string;
  matched: boolean;
}

export interface MemoryGame {
  cards: MemoryCard[];
  /** Indexes of the cards face up and not yet matched: zero, one or two. */
  faceUp: number[];
  turns: number;
}

export function newMemoryGame(symbols: readonly string[], random: () => number): MemoryGame {
  const cards = symbols.flatMap((symbol) => [
    { symbol, matched: false },
    { symbol, matched: false },
  ]);
  // Fisher–Yates: every order equally likely.
  for (let i = cards.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [cards[i], cards[j]] = [cards[j] as MemoryCard, cards[i] as MemoryCard];
  }
  return { cards, faceUp: [], turns: 0 };
}

/** Two cards are up and do not match: they wait to be turned back. */
export function isMismatchShowing(game: MemoryGame): boolean {
  return game.faceUp.length === 2;
}

export function flipCard(game: MemoryGame, index: number): MemoryGame {
  const card = game.cards[index];
  if (!card || card.matched || game.faceUp.includes(index) || isMismatchShowing(game)) {
    return game;
  }
  if (game.faceUp.length === 0) return { ...game, faceUp: [index] };

  const first = game.faceUp[0] as number;
  const turns = game.turns + 1;
  if (game.cards[first]?.symbol === card.symbol) {
    const cards = game.cards.map((c, i) =>
      i === first || i === index ? { ...c, matched: true } : c,
    );
    return { cards, faceUp: [], turns };
  }
  return { ...game, faceUp: [first, index], turns };
}

/** Turns back the two cards of a mismatch (the screen calls this after a short look). */
export function hideMismatch(game: MemoryGame): MemoryGame {
  return isMismatchShowing(game) ? { ...game, faceUp: [] } : game;
}

export function isWon(game: MemoryGame): boolean {
  return game.cards.length > 0 && game.cards.every((card) => card.matched);
}

export function isFaceUp(game: MemoryGame, index: number): boolean {
  return game.cards[index]?.matched === true || game.faceUp.includes(index);
}
