// Word matching by stem: Russian inflection across cases, and the guards that keep unrelated words apart.
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../lib/engine/matcher';
import { wordMatches } from '../../lib/engine/stem';
import { tokenize } from '../../lib/engine/tokenize';

describe('wordMatches', () => {
  it.each([
    ['мамам', 'мамы'],
    ['людям', 'люди'],
    ['тона', 'тон'],
    ['детям', 'дети'],
  ])('%s is a form of %s', (word, lemma) => {
    expect(wordMatches(word, lemma)).toBe(true);
  });

  it.each([
    ['дождя', 'дожим'],
    ['мам', 'мамы'],
  ])('%s is not %s', (word, lemma) => {
    expect(wordMatches(word, lemma)).toBe(false);
  });
});

describe('PhraseMatcher with short Russian stems', () => {
  const m = new PhraseMatcher<string>();
  m.add('мамы', 'group');
  m.add('дожим', 'pressure');
  const found = (text: string) => m.findAll(tokenize(text)).map((x) => x.phrase.payload);

  it('finds a 4-letter word from a form whose fourth letter differs', () => {
    expect(found('Российским мамам неважно')).toEqual(['group']);
    expect(found('с мамами')).toEqual(['group']);
  });

  it('does not take a word for another that shares three letters', () => {
    expect(found('звуки дождя')).toEqual([]);
  });
});
