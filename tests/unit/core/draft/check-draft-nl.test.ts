import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/draft';
import type { DontRuleId } from '../../../../src/core/types';
import { rulesIn, stateOf } from './helpers';

// Each case: a realistic Dutch reply (e-mail or chat) and exactly the rules it should trip.
const FLAGGED: Array<[DontRuleId, string, DontRuleId[]]> = [
  ['dont_know', 'Hoi Karin, ik weet het niet, daar gaan we niet over.', ['dont_know', 'pass_on']],
  ['dont_know', 'Geen idee wanneer uw pakket komt.', ['dont_know']],
  ['dont_know', 'Dat weet ik ook niet, meneer.', ['dont_know']],
  ['dont_care', 'Dat kan me eerlijk gezegd niet schelen.', ['dont_care']],
  ['dont_care', 'Tja, dat is niet mijn probleem.', ['dont_care']],
  ['dont_care', 'U heeft het pakket niet opgehaald? Jammer dan.', ['dont_care']],
  ['cant_be_bothered', 'Ik heb nu geen tijd voor dit soort vragen.', ['cant_be_bothered']],
  ['cant_be_bothered', 'U stoort, ik ben met iets anders bezig.', ['cant_be_bothered']],
  ['dislike_customer', 'Eerlijk gezegd mag ik u niet.', ['dislike_customer']],
  ['dislike_customer', 'Uw soort klanten helpen wij liever niet.', ['dislike_customer']],
  ['dislike_customer', 'U bent een lastige klant.', ['dislike_customer']],
  ['know_it_all', 'U weet niet waar u het over heeft.', ['know_it_all']],
  ['know_it_all', 'Daar heeft u geen verstand van, laat dat maar aan ons over.', ['know_it_all']],
  ['know_it_all', 'Dat snapt u toch niet.', ['know_it_all']],
  ['know_it_all', 'U snapt er niks van.', ['know_it_all']],
  ['dont_come_back', 'Als het u niet bevalt, gaat u maar ergens anders heen.', ['dont_come_back']],
  ['dont_come_back', 'Kom dan maar niet meer terug.', ['dont_come_back']],
  ['dont_come_back', 'Bent u ontevreden? Dan zegt u toch gewoon op.', ['dont_come_back']],
  ['i_am_right', 'Ik heb gelijk en u heeft het mis.', ['i_am_right', 'i_am_right']],
  ['i_am_right', 'U vergist zich, meneer.', ['i_am_right']],
  ['i_am_right', 'U zit ernaast.', ['i_am_right']],
  ['hurry_wait', 'Wacht even, ik ben nog met een andere klant bezig.', ['hurry_wait']],
  ['hurry_wait', 'Kunt u een beetje opschieten?', ['hurry_wait']],
  ['hurry_wait', 'U moet gewoon geduld hebben.', ['hurry_wait']],
  ['hurry_wait', 'Wacht maar af.', ['hurry_wait']],
  ['question_justified', 'Weet u zeker dat u het pakket niet heeft ontvangen?', ['question_justified']],
  ['question_justified', 'Ik vraag me af of uw klacht wel terecht is.', ['question_justified']],
  ['question_justified', 'Heeft u de handleiding wel goed gelezen?', ['question_justified']],
  ['excuse_explaining', 'Dat komt doordat het erg druk is in de vakantieperiode.', ['excuse_explaining']],
  ['excuse_explaining', 'De vertraging komt door een storing bij de vervoerder.', ['excuse_explaining']],
  ['arguing', 'Dat klopt niet, u heeft het verkeerd begrepen.', ['arguing', 'arguing']],
  ['arguing', 'Zoals ik al zei, de levertijd is vijf werkdagen.', ['arguing']],
  ['arguing', 'Zoals eerder aangegeven is dat ons beleid.', ['arguing']],
  ['blame_customer', 'U had de handleiding moeten lezen.', ['blame_customer']],
  ['blame_customer', 'Dat is uw eigen schuld.', ['blame_customer']],
  ['blame_customer', 'Had u maar beter opgelet.', ['blame_customer']],
  ['blame_colleague', 'Mijn collega heeft een fout gemaakt bij het invoeren.', ['blame_colleague']],
  ['blame_colleague', 'Dat ligt aan de afdeling facturatie.', ['blame_colleague']],
  ['blame_colleague', 'Excuses namens mijn collega van de buitendienst.', ['blame_colleague']],
  ['over_promise', 'Ik garandeer u dat dit nooit meer gebeurt.', ['over_promise']],
  ['over_promise', 'Het is binnen een uur opgelost, echt waar.', ['over_promise']],
  ['over_promise', 'Dit zal nooit meer gebeuren.', ['over_promise']],
  ['pass_on', 'Daarvoor moet u bij de afdeling debiteuren zijn.', ['pass_on']],
  ['pass_on', 'Dat is niet mijn afdeling.', ['pass_on']],
  ['pass_on', 'Belt u maar met de fabrikant.', ['pass_on']],
  ['discount_only', 'Onze excuses. Als compensatie krijgt u 10% korting op uw volgende bestelling.', ['discount_only']],
  ['discount_only', 'Sorry voor het ongemak; u ontvangt een kortingscode van 15 euro.', ['discount_only']],
  ['discount_only', 'Excuses. Wij geven u een waardebon van 20 euro.', ['discount_only']],
  ['sorry_but', 'Sorry, maar dat is ons beleid.', ['sorry_but']],
  ['sorry_but', 'Het spijt me, maar u had het formulier eerder moeten opsturen.', ['sorry_but', 'blame_customer']],
  ['sorry_but', 'Excuses voor het ongemak, maar het is nu eenmaal erg druk.', ['sorry_but', 'excuse_explaining']],
];

// Replies that must not be nagged about: polite phrasing close to a rule, negations and quotes.
const CLEAN: Array<[string, string]> = [
  ['not knowing paired with finding out', 'Ik weet het niet zeker, maar ik zoek het voor u uit.'],
  ['not knowing whether', 'Ik weet niet of u onze mail van gisteren heeft gezien.'],
  ['"jammer, dan" is not "jammer dan"', 'Dat is jammer, dan stuur ik u een nieuwe.'],
  ['agent disturbing the customer', 'Excuses dat ik u stoor tijdens uw vakantie.'],
  ['agreeing with the customer', 'Daar heeft u helemaal gelijk in.'],
  ['agent admits own mistake', 'Als ik het mis heb, hoor ik het graag.'],
  ['negated: not saying you are wrong', 'Ik zeg niet dat u ongelijk heeft; ik wil het even nakijken.'],
  ['negated: not your fault', 'Het is niet uw schuld.'],
  ['negated: I do not think you misunderstood', 'Ik denk niet dat u het verkeerd begrepen heeft.'],
  ['"dat klopt niet" while agreeing', 'U heeft gelijk, dat klopt niet: de korting had al verwerkt moeten zijn.'],
  ['the customer should not have had to wait', 'U had niet zo lang moeten wachten.'],
  ['the customer should have received a mail (our failure)', 'U had gisteren een e-mail moeten ontvangen.'],
  ['no guarantee given', 'Ik kan niet garanderen dat het nooit meer gebeurt, wel dat ik er bovenop zit.'],
  ['apology followed by a solution after "maar"', 'Het spijt me dat uw pakket te laat is, maar ik zorg dat het morgen bij u is.'],
  ['single-quoted forbidden phrase', "U schreef 'kom niet terug' in uw vorige bericht; zo bedoelden wij het zeker niet."],
  ['double-quoted forbidden phrase', 'Mijn collega zei volgens u „ik weet het niet”. Dat had anders gemoeten.'],
  ['reassurance, not a guarantee', 'Zo weet u zeker dat uw pakket goed aankomt.'],
  ['explanation next to an apology', 'Excuses voor de vertraging; dat komt doordat de vervoerder een storing had.'],
  [
    'discount plus a personal gesture',
    'Onze excuses. U krijgt 10% korting, en onze teamleider belt u morgen persoonlijk om te horen of alles in orde is.',
  ],
  ['"goedemorgen" is not a wait', 'Goedemorgen, even geduld alstublieft, ik kijk het voor u na.'],
  ['"maar" followed by good news', 'Het spijt me dat het zo lang duurde, maar het is nu geregeld.'],
  ['"sorry, maar" as a softener for a question', 'Sorry, maar mag ik uw ordernummer?'],
  ['a refund is a fix, not a discount', 'U krijgt € 49,95 terug op uw rekening.'],
];

describe("checkDraft: Dutch don'ts", () => {
  it.each(FLAGGED)('%s: %s', (_rule, draft, expected) => {
    expect(rulesIn(draft)).toEqual(expected);
  });

  it('catches every rule in at least two Dutch phrasings', () => {
    const perRule = new Map<DontRuleId, number>();
    for (const [rule] of FLAGGED) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
    expect(perRule.size).toBe(17);
    for (const count of perRule.values()) expect(count).toBeGreaterThanOrEqual(2);
  });

  it.each(CLEAN)('does not flag %s', (_why, draft) => {
    expect(checkDraft(draft).violations.map((v) => `${v.rule}: ${v.text}`)).toEqual([]);
  });
});

describe('checkDraft: Dutch spans and text tolerance', () => {
  it('points the span at the offending words in the original draft', () => {
    const draft = 'Beste meneer Jansen,\n\nTja. Dat kan me niet schelen, eerlijk gezegd.';
    const [v] = checkDraft(draft).violations;
    expect(v?.text).toBe('kan me niet schelen');
    expect(draft.slice(v!.start, v!.end)).toBe('kan me niet schelen');
    expect(v?.reason).toMatch(/onbelangrijk|er niet toe doet/);
    expect(v?.suggestion).toMatch(/helpen/);
  });

  it('tolerates capitals, accents and a line break between the words', () => {
    const draft = 'IK WEET HET\nNIET.';
    const [v] = checkDraft(draft).violations;
    expect(v?.rule).toBe('dont_know');
    expect(v?.text).toBe('IK WEET HET\nNIET');
  });

  it('tolerates common misspellings', () => {
    expect(rulesIn('Dat interesseerd me niet.')).toEqual(['dont_care']);
    expect(rulesIn('Dat kan me niet schele.')).toEqual(['dont_care']);
    expect(stateOf(checkDraft('Exuses voor het wachten.'), 'apology').state).toBe('done');
  });

  it('sorts violations by position', () => {
    const result = checkDraft('Zoals ik al zei: u had moeten bellen. Geen idee waarom u dat niet deed.');
    const starts = result.violations.map((v) => v.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.violations.map((v) => v.rule)).toEqual(['arguing', 'blame_customer', 'dont_know']);
  });
});

describe('checkDraft: full Dutch replies', () => {
  const email = [
    'Beste mevrouw Sánchez,',
    '',
    'Dank u wel dat u ons dit laat weten. Wat vervelend dat uw wasmachine na twee weken al lekt; ik kan me goed voorstellen dat u daar boos over bent.',
    'Het spijt ons echt dat dit is gebeurd.',
    'Ik heb een monteur voor u ingepland: hij komt donderdag tussen 9.00 en 12.00 uur langs en vervangt de pomp kosteloos.',
    'Ik bel u woensdag om 15.00 uur nog even om de afspraak te bevestigen. Schikt dat?',
    'Als kleine attentie sturen we u een handgeschreven kaartje en een bos bloemen.',
    'Heeft u nog tips over wat wij beter kunnen doen? Ik hoor het graag.',
    '',
    'Met vriendelijke groet,',
    'Sanne de Boer',
    'Klantenservice',
  ].join('\n');

  it('a full good e-mail ticks every item and flags nothing', () => {
    const result = checkDraft(email, { customerName: 'María Sánchez' });
    expect(result.lang).toBe('nl');
    expect(result.violations).toEqual([]);
    expect(result.checklist.map((i) => [i.id, i.state])).toEqual([
      ['understanding', 'done'],
      ['apology', 'done'],
      ['solution', 'done'],
      ['time_commitment', 'done'],
      ['thanks', 'done'],
      ['name', 'done'],
      ['beyond', 'done'],
      ['feedback', 'done'],
    ]);
    for (const item of result.checklist) expect(email.slice(item.evidence!.start, item.evidence!.end)).toBe(item.evidence!.text);
  });

  it('a full good chat reply ticks every item', () => {
    const chat =
      'Hoi Sanchez! Bedankt voor je geduld. Ik snap dat het balen is dat je bestelling nog niet binnen is, sorry daarvoor. ' +
      'Ik stuur vandaag een nieuwe en je hebt hem morgen voor 18.00 uur in huis. Je krijgt er gratis bezorging bij. ' +
      'Laat me gerust weten wat we beter kunnen doen!';
    const result = checkDraft(chat, { customerName: 'Sánchez' });
    expect(result.violations).toEqual([]);
    expect(result.checklist.filter((i) => i.state !== 'done').map((i) => i.id)).toEqual([]);
  });

  it('a bare reply misses the triad steps', () => {
    const result = checkDraft('Uw pakket is verstuurd.');
    expect(stateOf(result, 'understanding').state).toBe('missing');
    expect(stateOf(result, 'apology').state).toBe('missing');
    expect(stateOf(result, 'solution').state).toBe('done');
    expect(stateOf(result, 'feedback').state).toBe('missing');
  });

  it('ignores a forbidden phrase in the quoted earlier mail and reports the quote', () => {
    const draft = [
      'Beste meneer Evers,',
      '',
      'Excuses voor het ongemak. Ik zoek het vandaag uit.',
      '',
      'Op ma 24 nov. 2026 om 10:12 schreef Jan Evers <jan@example.nl>:',
      '> Jullie zeiden: kom niet terug. Ik weet het niet meer.',
    ].join('\n');
    const result = checkDraft(draft);
    expect(result.violations).toEqual([]);
    const quote = result.ignored.find((r) => r.kind === 'quote');
    expect(draft.slice(quote!.start)).toMatch(/^Op ma 24 nov/);
  });

  it('ignores the signature, slogans included', () => {
    const draft =
      'Goedemiddag,\n\nIk regel het vandaag voor u.\n\nMet vriendelijke groet,\nTeam Webshop\nSchiet op: 10% korting tot vrijdag!';
    const result = checkDraft(draft);
    expect(result.violations).toEqual([]);
    expect(result.ignored.map((r) => r.kind)).toEqual(['signature']);
    expect(draft.slice(result.ignored[0]!.start)).toMatch(/^Met vriendelijke groet/);
  });

  it('an apology taken back by "maar" does not count as the apology', () => {
    const result = checkDraft('Sorry, maar dat is ons beleid.');
    expect(stateOf(result, 'apology').state).toBe('missing');
    expect(stateOf(checkDraft('Sorry voor het ongemak.'), 'apology').evidence?.text).toBe('Sorry');
  });
});
