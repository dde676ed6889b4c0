import { describe, expect, it } from 'vitest';
import { renderCard } from '../../../../src/core/suggest';

describe('renderCard', () => {
  it('fills the name into its optional group', () => {
    expect(renderCard('Dat begrijp ik goed[, {name}].', { name: 'mevrouw De Vries' })).toBe(
      'Dat begrijp ik goed, mevrouw De Vries.',
    );
    expect(renderCard('I understand[, {name}].', { name: 'Sam' })).toBe('I understand, Sam.');
  });

  it('drops the whole group when there is no name, leaving no dangling comma', () => {
    expect(renderCard('Dat begrijp ik goed[, {name}].', {})).toBe('Dat begrijp ik goed.');
    expect(renderCard('Dat begrijp ik goed[, {name}].', { name: '   ' })).toBe('Dat begrijp ik goed.');
    expect(renderCard('If I understand you correctly[, {name}], it broke.', { name: '' })).toBe(
      'If I understand you correctly, it broke.',
    );
  });

  it('keeps the organisation group only when an organisation is known', () => {
    const t = 'Wij[ van {organisation}] bieden u excuses aan.';
    expect(renderCard(t, { organisation: 'Fietsplaza' })).toBe('Wij van Fietsplaza bieden u excuses aan.');
    expect(renderCard(t, {})).toBe('Wij bieden u excuses aan.');
  });

  it('fills day and time', () => {
    expect(renderCard('Ik bel u {day} om {time}.', { day: 'morgen', time: '15.00 uur' })).toBe('Ik bel u morgen om 15.00 uur.');
  });

  it('leaves a required placeholder visible when its value is missing, so the gap is not silent', () => {
    expect(renderCard('Ik bel u {day} om {time}.', { day: 'morgen' })).toBe('Ik bel u morgen om {time}.');
  });

  it('strips template syntax and line breaks from values so a name cannot inject a placeholder', () => {
    const out = renderCard('Dank u[, {name}].', { name: 'Jan {time} [x]\nde Boer' });
    expect(out).toBe('Dank u, Jan time x de Boer.');
  });

  it('capitalises the first letter when a value opens the sentence', () => {
    expect(renderCard('{next_step}.', { next_step: 'ik zoek het uit' })).toBe('Ik zoek het uit.');
  });
});
