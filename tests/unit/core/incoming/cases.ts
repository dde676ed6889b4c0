/**
 * Realistic customer messages with what the agent should see in the panel. Shared by the nl and en test files.
 * Only the fields given in `expect` are checked; `cues` lists every cue kind that must be found, `noCues` kinds
 * that must not be.
 */
import type { CueKind, CustomerTypeId, Emotion, FactKind, Lang, SentimentLabel } from '../../../../src/core/types';

export interface Case {
  name: string;
  text: string;
  expect: {
    lang?: Lang;
    label?: SentimentLabel;
    minIntensity?: 1 | 2 | 3;
    emotion?: Emotion;
    cues?: CueKind[];
    noCues?: CueKind[];
    facts?: Array<[FactKind, string]>;
    type?: CustomerTypeId;
    customerName?: string | null;
    /** Words that must not appear in any evidence (they sit in quoted history or the signature). */
    notInEvidence?: string[];
  };
}

export const NL_CASES: Case[] = [
  {
    name: 'short angry chat question',
    text: 'Waar blijft mijn pakket?!',
    expect: { lang: 'nl', label: 'negative' },
  },
  {
    name: 'calm: still not delivered, order number, signature name',
    text: 'Beste klantenservice,\n\nIk heb op 3 november een koffiezetapparaat besteld, ordernummer 12345678. Het is nog steeds niet geleverd.\n\nMet vriendelijke groet,\nAnna de Vries',
    expect: {
      lang: 'nl',
      label: 'negative',
      facts: [
        ['date', '--11-03'],
        ['order', '#12345678'],
      ],
      customerName: 'Anna de Vries',
      emotion: 'frustration',
    },
  },
  {
    name: 'called three times, nobody answers',
    text: 'Ik heb al 3 keer gebeld maar niemand neemt op. Hoe moeilijk kan het zijn?',
    expect: { label: 'negative', cues: ['repeat'], emotion: 'frustration' },
  },
  {
    name: 'account blocked, urgent',
    text: 'Mijn rekening is geblokkeerd en ik moet vandaag nog de huur betalen. Graag zo snel mogelijk contact.',
    expect: { label: 'negative', cues: ['urgency'] },
  },
  {
    name: 'double debit with amount and date',
    text: 'Op 24-11-2026 is € 49,95 dubbel afgeschreven voor factuur 2026-0042. Wilt u dit terugstorten?',
    expect: {
      label: 'negative',
      facts: [
        ['date', '2026-11-24'],
        ['amount', 'EUR 49.95'],
        ['invoice', '#2026-0042'],
      ],
    },
  },
  {
    name: 'angry shouting with insult',
    text: 'Dit is SCHANDALIG!!! Jullie zijn echt waardeloos, stelletje prutsers.',
    expect: { label: 'negative', minIntensity: 3, emotion: 'anger', type: 'active_hater' },
  },
  {
    name: 'threat to cancel and switch',
    text: 'Als dit niet voor vrijdag is opgelost, zeg ik mijn abonnement op en stap ik over naar een andere provider.',
    expect: { label: 'negative', cues: ['churn', 'urgency'] },
  },
  {
    name: 'negated churn is not a cue',
    text: 'Ik wil niet opzeggen hoor, ik wil alleen weten wanneer de monteur komt.',
    expect: { noCues: ['churn'] },
  },
  {
    name: 'Geschillencommissie and ombudsman',
    text: 'Als ik binnen 14 dagen geen oplossing heb, leg ik de zaak voor aan de Geschillencommissie.',
    expect: { label: 'negative', cues: ['legal', 'urgency'] },
  },
  {
    name: 'lawyer threat',
    text: 'Ik heb inmiddels mijn advocaat ingeschakeld en overweeg juridische stappen.',
    expect: { cues: ['legal'], label: 'negative' },
  },
  {
    name: 'going public: review, Radar',
    text: 'Ik ga een slechte review op Trustpilot schrijven en ik mail ook naar Radar.',
    expect: { cues: ['public'], label: 'negative' },
  },
  {
    name: 'voor de derde keer',
    text: 'Ik meld dit nu voor de derde keer: de verwarming doet het niet.',
    expect: { cues: ['repeat'], emotion: 'frustration', label: 'negative' },
  },
  {
    name: 'disappointed loyal customer',
    text: 'Ik ben al 12 jaar klant en altijd tevreden geweest, maar hier ben ik echt teleurgesteld over. Ik had meer verwacht van jullie.',
    expect: { emotion: 'disappointment', type: 'loyal_irritated', label: 'negative' },
  },
  {
    name: 'worried about a payment',
    text: 'Ik maak me zorgen, mijn pensioen is nog niet op mijn rekening gestort. Wat als de huur dan niet betaald kan worden?',
    expect: { emotion: 'worry', label: 'negative' },
  },
  {
    name: 'genuine thank-you',
    text: 'Hartelijk dank voor de snelle hulp gisteren! Alles werkt weer en ik ben er heel blij mee.',
    expect: { label: 'positive', type: 'passionate', emotion: 'none' },
  },
  {
    name: 'plain question is neutral',
    text: 'Wat zijn jullie openingstijden?',
    expect: { lang: 'nl', label: 'neutral', emotion: 'none' },
  },
  {
    name: 'politeness does not make a complaint positive',
    text: 'Beste,\n\nMijn bestelling is nog niet ontvangen. Alvast bedankt voor de moeite!\n\nMet vriendelijke groet,\nKees',
    expect: { label: 'negative', customerName: 'Kees' },
  },
  {
    name: 'quoted history with angry words does not count',
    text: 'Hoi, kunnen jullie mijn adres aanpassen naar Kerkstraat 4?\n\nGroet,\nLisa\n\nOp di 24 nov. 2026 om 10:12 schreef Klantenservice <info@shop.nl>:\n> Wij vinden het SCHANDALIG en belachelijk dat u boos bent!!!',
    expect: { label: 'neutral', emotion: 'none', customerName: 'Lisa', notInEvidence: ['SCHANDALIG', 'belachelijk', '!!!'] },
  },
  {
    name: 'wrong item delivered',
    text: 'Ik heb het verkeerde artikel ontvangen, ik had een zwarte jas besteld en kreeg een blauwe.',
    expect: { label: 'negative' },
  },
  {
    name: 'broken on arrival',
    text: "De vaas was bij aankomst kapot. Foto's zitten in de bijlage.",
    expect: { label: 'negative' },
  },
  {
    name: 'waited weeks for refund, klantnummer',
    text: 'Al drie weken wacht ik op mijn terugbetaling. Mijn klantnummer is 99812345.',
    expect: { label: 'negative', facts: [['reference', '#99812345']] },
  },
  {
    name: 'deadline with time',
    text: 'Ik heb de documenten uiterlijk morgen om 15.00 uur nodig, anders mis ik mijn afspraak bij de notaris.',
    expect: { cues: ['urgency'], facts: [['time', '15:00']] },
  },
  {
    name: 'extreme critic with a list of faults',
    text: 'Ik wil een aantal punten melden over bestelling #A-1234:\n- de doos was ingedeukt\n- de handleiding ontbreekt\n- er zit een kras op de zijkant\n- de factuur noemt het verkeerde bedrag van € 129,00\nBovendien is de levering twee dagen later dan op 12 maart beloofd.',
    expect: {
      type: 'extreme_critic',
      label: 'negative',
      facts: [
        ['order', '#A-1234'],
        ['amount', 'EUR 129.00'],
      ],
    },
  },
  {
    name: 'active hater generalises',
    text: 'Jullie zijn altijd waardeloos geweest en dat blijft zo. Nooit meer bestel ik hier iets, oplichters!',
    expect: { type: 'active_hater', label: 'negative', cues: ['churn'] },
  },
  {
    name: 'passionate fan with a small remark',
    text: 'Ik ben echt fan van jullie koffie! Kleine opmerking: de nieuwe verpakking gaat wat lastig open.',
    expect: { type: 'passionate' },
  },
  {
    name: 'name given in the body',
    text: 'Goedemiddag, mijn naam is Pieter van Dam en ik bel over mijn energiecontract.',
    expect: { customerName: 'Pieter van Dam' },
  },
  {
    name: 'nog altijd geen antwoord, weekday',
    text: 'Afgelopen maandag heb ik gemaild en nog altijd geen antwoord gekregen.',
    expect: { label: 'negative', facts: [['date', 'monday']], emotion: 'frustration' },
  },
  {
    name: 'internet outage again',
    text: 'Alweer een storing! Dit is de vierde keer deze maand dat het internet eruit ligt.',
    expect: { label: 'negative', emotion: 'frustration', cues: ['repeat'] },
  },
  {
    name: 'compliment to an employee',
    text: 'Ik wil graag een compliment geven aan Fatima van de servicedesk, zij heeft me super goed geholpen.',
    expect: { label: 'positive' },
  },
  {
    name: 'insurance claim rejected, consumentenbond',
    text: 'Mijn schadeclaim is zonder reden afgewezen. Ik heb de Consumentenbond al om advies gevraagd.',
    expect: { label: 'negative', cues: ['legal'] },
  },
  {
    name: 'app does not work after update',
    text: 'Sinds de laatste update werkt de app niet meer. Ik kan niet inloggen.',
    expect: { label: 'negative' },
  },
  {
    name: 'question about invoice is neutral',
    text: 'Goedemorgen, kunt u mij een kopie van factuur 2026-0101 sturen? Dank u wel.',
    expect: { label: 'neutral', facts: [['invoice', '#2026-0101']] },
  },
  {
    name: 'emoji anger',
    text: 'Weer te laat bezorgd 😡',
    expect: { label: 'negative', emotion: 'anger' },
  },
  {
    name: 'ticket number and already called',
    text: 'Ik heb al eerder gebeld over ticket #4821, maar er is niets mee gedaan.',
    expect: { facts: [['ticket', '#4821']], cues: ['repeat'], label: 'negative' },
  },
  {
    name: 'social media threat',
    text: 'Als ik vandaag niets hoor, zet ik het hele verhaal op Facebook en Twitter.',
    expect: { cues: ['public', 'urgency'] },
  },
  {
    name: 'worried about safety',
    text: 'De rookmelder piept de hele nacht en ik ben bang dat er iets mis is. Kan er iemand komen kijken?',
    expect: { emotion: 'worry', label: 'negative' },
  },
  {
    name: 'signature with Groet on the same line',
    text: 'Is mijn retour al binnen? Ik heb het pakket vorige week verstuurd.\n\nGroet, Sanne',
    expect: { customerName: 'Sanne' },
  },
  {
    name: 'intensified negative word',
    text: 'Ik ben ontzettend ontevreden over de manier waarop dit is afgehandeld.',
    expect: { label: 'negative', minIntensity: 2 },
  },
];

export const EN_CASES: Case[] = [
  {
    name: 'short chat: where is my order',
    text: 'Where is my order??',
    expect: { lang: 'en', label: 'negative' },
  },
  {
    name: 'still not delivered with order no. and signature',
    text: 'Hello,\n\nI placed order no. 123-456 on 3 March and it is still not delivered.\n\nKind regards,\nJames Turner',
    expect: {
      lang: 'en',
      label: 'negative',
      facts: [
        ['order', '#123-456'],
        ['date', '--03-03'],
      ],
      customerName: 'James Turner',
    },
  },
  {
    name: 'blocked after one day, called three times',
    text: 'My account was blocked after one day. I called three times and nobody answers.',
    expect: { label: 'negative', cues: ['repeat'], emotion: 'frustration' },
  },
  {
    name: 'charged twice with pounds',
    text: 'I have been charged twice for the same order, £5 each time.',
    expect: { label: 'negative', facts: [['amount', 'GBP 5.00']] },
  },
  {
    name: "doesn't work",
    text: "The new router doesn't work. The light just keeps blinking red.",
    expect: { label: 'negative' },
  },
  {
    name: 'never arrived, dollars',
    text: 'I paid $10.50 for express shipping and the package never arrived.',
    expect: { label: 'negative', facts: [['amount', 'USD 10.50']] },
  },
  {
    name: 'furious shouting',
    text: 'This is ABSOLUTELY RIDICULOUS!!! I am furious.',
    expect: { label: 'negative', minIntensity: 3, emotion: 'anger' },
  },
  {
    name: 'cancel subscription and switch',
    text: 'If this is not fixed by Friday I will cancel my subscription and switch to another provider.',
    expect: { cues: ['churn', 'urgency'], label: 'negative' },
  },
  {
    name: 'negated cancel is not a churn cue',
    text: "I don't want to cancel my subscription, I just need to update my card details.",
    expect: { noCues: ['churn'] },
  },
  {
    name: 'legal action and small claims',
    text: 'Unless I receive a full refund within 7 days I will take legal action through the small claims court.',
    expect: { cues: ['legal', 'urgency'], label: 'negative' },
  },
  {
    name: 'ombudsman',
    text: 'I have now referred my complaint to the Energy Ombudsman.',
    expect: { cues: ['legal'] },
  },
  {
    name: 'Trustpilot review threat',
    text: 'I will be leaving a one-star review on Trustpilot and warning others on social media.',
    expect: { cues: ['public'], label: 'negative' },
  },
  {
    name: 'third time',
    text: 'This is the third time I am writing about the same broken dishwasher.',
    expect: { cues: ['repeat'], emotion: 'frustration', label: 'negative' },
  },
  {
    name: 'disappointed',
    text: 'I am really disappointed. I expected better from a company like yours.',
    expect: { emotion: 'disappointment', label: 'negative' },
  },
  {
    name: 'worried',
    text: 'I am worried that my passport will not arrive in time for my trip on 12 December. What if it gets lost?',
    expect: { emotion: 'worry', facts: [['date', '--12-12']] },
  },
  {
    name: 'thank you note',
    text: 'Thank you so much for your help yesterday, the issue is resolved and everything works perfectly now.',
    expect: { label: 'positive', emotion: 'none', type: 'passionate' },
  },
  {
    name: 'plain question is neutral',
    text: 'What are your opening hours on Sunday?',
    expect: { lang: 'en', label: 'neutral', emotion: 'none' },
  },
  {
    name: 'thanks in advance does not make a complaint positive',
    text: 'Hi,\n\nMy refund still has not arrived. Thanks in advance for looking into it!\n\nBest regards,\nOlivia',
    expect: { label: 'negative', customerName: 'Olivia' },
  },
  {
    name: 'quoted reply with angry words does not count',
    text: 'Could you send me the invoice again please?\n\nThanks,\nRob\n\nOn Tue, 24 Nov 2026 at 10:12, Support <help@shop.com> wrote:\n> We are FURIOUS and this is a DISGRACE!!!',
    expect: { label: 'neutral', emotion: 'none', customerName: 'Rob', notInEvidence: ['FURIOUS', 'DISGRACE', '!!!'] },
  },
  {
    name: 'wrong item',
    text: 'I received the wrong item, a size 10 instead of a size 8.',
    expect: { label: 'negative' },
  },
  {
    name: 'loyal customer irritated',
    text: 'I have been a loyal customer for 15 years and never had a problem, but this experience makes me consider taking my business elsewhere.',
    expect: { type: 'loyal_irritated', cues: ['churn'], label: 'negative' },
  },
  {
    name: 'hostile hater',
    text: 'You people are useless, a bunch of crooks. Never again!',
    expect: { type: 'active_hater', label: 'negative', emotion: 'anger' },
  },
  {
    name: 'passionate fan with minor remark',
    text: 'I absolutely love your products and I am a big fan! Just a small thing: the lid of the new jar is a bit tight.',
    expect: { type: 'passionate' },
  },
  {
    name: 'critic lists points',
    text: 'I would like to report several issues with order #77812:\n1. The delivery was two days late.\n2. The box was damaged.\n3. The invoice shows EUR 12 instead of EUR 10.\nFurthermore, the tracking link sent on 2026-11-20 did not work.',
    expect: {
      type: 'extreme_critic',
      facts: [
        ['order', '#77812'],
        ['amount', 'EUR 12.00'],
        ['date', '2026-11-20'],
      ],
    },
  },
  {
    name: 'urgent asap',
    text: 'I need my prescription glasses urgently, please send them asap.',
    expect: { cues: ['urgency'] },
  },
  {
    name: 'deadline by tomorrow with time',
    text: 'The contract must be signed by tomorrow at 3 pm, please send it immediately.',
    expect: { cues: ['urgency'], facts: [['time', '15:00']] },
  },
  {
    name: 'ticket number',
    text: 'Regarding ticket #4821: I already emailed twice and nothing has happened.',
    expect: { facts: [['ticket', '#4821']], cues: ['repeat'], label: 'negative' },
  },
  {
    name: 'name in body',
    text: 'Hi there, my name is Sarah Connor and I am calling about my broadband.',
    expect: { customerName: 'Sarah Connor' },
  },
  {
    name: 'compliment',
    text: 'Great service from your team today, Dave was incredibly helpful. Keep up the good work!',
    expect: { label: 'positive' },
  },
  {
    name: 'crying emoji',
    text: 'My parcel is lost again 😢',
    expect: { label: 'negative' },
  },
  {
    name: 'no reply for weeks',
    text: 'I sent my documents over two weeks ago and have had no reply.',
    expect: { label: 'negative' },
  },
  {
    name: 'negation flips positive word',
    text: 'I am not happy with the quality of the repair.',
    expect: { label: 'negative' },
  },
  {
    name: 'press threat',
    text: 'If nobody calls me back today I will go to the press with this story.',
    expect: { cues: ['public', 'urgency'], label: 'negative' },
  },
  {
    name: 'question with order number stays neutral',
    text: 'Could you tell me when order 55512345 will be shipped?',
    expect: { label: 'neutral', facts: [['order', '#55512345']] },
  },
  {
    name: 'fed up, keep having to',
    text: 'I am fed up. I keep having to explain the same thing to every agent.',
    expect: { emotion: 'frustration', label: 'negative' },
  },
  {
    name: 'US date and am time',
    text: 'The engineer was booked for 03/24/2026 at 9 am and never showed up.',
    expect: {
      facts: [
        ['date', '2026-03-24'],
        ['time', '09:00'],
      ],
      label: 'negative',
    },
  },
  {
    name: 'Regards with name on next line',
    text: 'My card has been declined twice today.\n\nRegards,\nMohammed Khan',
    expect: { customerName: 'Mohammed Khan', label: 'negative' },
  },
];
