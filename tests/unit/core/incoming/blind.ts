/**
 * A fourth labelled set in chat style (short, informal, some typos), written after all tuning and run once.
 * Its first-run accuracy is the honest figure in the incoming report; later fixes were not aimed at it.
 */
import type { Labelled } from './labelled';

const neg = (lang: 'nl' | 'en', text: string): Labelled => ({ text, label: 'negative', lang });
const neu = (lang: 'nl' | 'en', text: string): Labelled => ({ text, label: 'neutral', lang });
const pos = (lang: 'nl' | 'en', text: string): Labelled => ({ text, label: 'positive', lang });

export const BLIND: Labelled[] = [
  neg('nl', 'hoi, mn bestelling van dinsdag is er nog steeds niet, kunnen jullie ff kijken?'),
  neg('nl', 'De oplader die bij de telefoon zat wordt gloeiend heet.'),
  neg('nl', 'Ik heb 2x betaald voor dezelfde kaartjes'),
  neg('nl', 'Waarom krijg ik een rekening van 80 euro terwijl ik een vast bedrag van 45 heb afgesproken?'),
  neg('nl', 'De app zegt dat mijn pas verlopen is maar hij is geldig tot 2028.'),
  neg('nl', 'er zit een gat in de trui die ik net heb gekregen'),
  neg('nl', 'Mijn parkeervergunning is nog altijd niet verlengd, ik heb nu een bon gekregen.'),
  neg('nl', 'Ik word al de hele ochtend doorverbonden en niemand kan me helpen.'),
  neg('nl', 'Het scherm flikkert sinds de reparatie.'),
  neg('nl', 'Hoe kan het dat mijn pakket naar Groningen is gestuurd terwijl ik in Breda woon?'),
  neg('en', 'hi my parcel says delivered but its not here??'),
  neg('en', 'The battery dies after an hour, it is a brand new laptop.'),
  neg('en', 'why have I been charged a cancellation fee when I never cancelled anything'),
  neg('en', 'Got an email saying my flight was moved to 6am. I booked the 2pm flight for a reason.'),
  neg('en', 'The seat I paid extra for was given away.'),
  neg('en', 'been on hold 45 mins and got cut off'),
  neg('en', 'The zip on the bag broke the first time I used it.'),
  neg('en', 'Your chatbot keeps sending me round in circles.'),
  neg('en', 'The paint is peeling off the frame after one month.'),
  neg('en', 'Ordered a king size duvet cover, received a single.'),
  neu('nl', 'Moet ik de doos bewaren voor de garantie?'),
  neu('nl', 'Is de winkel in Delft op 2e kerstdag open?'),
  neu('nl', 'Ik wil graag een offerte voor 20 stoelen.'),
  neu('en', 'Can I pay by bank transfer?'),
  neu('en', 'hi, is the blue one back in stock soon?'),
  pos('nl', 'Alles goed ontvangen, dank jullie wel!'),
  pos('nl', 'Wat fijn dat jullie zo snel reageerden, probleem opgelost.'),
  pos('en', 'Got it, thanks a million, you guys are the best'),
  pos('en', 'Parcel arrived safe and sound, lovely packaging too.'),
  pos('en', 'cheers for sorting my account so fast'),
];
