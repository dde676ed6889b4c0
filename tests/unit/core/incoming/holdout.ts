/**
 * A second labelled set, written after the engine was tuned on `labelled.ts` and not used for tuning: its
 * accuracy is the honest estimate. Same mix of calm complaints, questions and thanks, nl and en.
 */
import type { Labelled } from './labelled';

const neg = (lang: 'nl' | 'en', text: string): Labelled => ({ text, label: 'negative', lang });
const neu = (lang: 'nl' | 'en', text: string): Labelled => ({ text, label: 'neutral', lang });
const pos = (lang: 'nl' | 'en', text: string): Labelled => ({ text, label: 'positive', lang });

export const HOLDOUT: Labelled[] = [
  neg('nl', 'Mijn nieuwe laptop gaat na tien minuten vanzelf uit. Hij is pas een week oud.'),
  neg('nl', 'Ik heb gisteren mijn wachtwoord gewijzigd en nu kom ik helemaal niet meer in mijn account.'),
  neg('nl', 'De energierekening van oktober is drie keer zo hoog als normaal, terwijl ons verbruik gelijk is gebleven.'),
  neg('nl', 'Er is een bedrag van € 12,50 afgeschreven voor verzendkosten, maar bij het bestellen stond gratis verzending.'),
  neg('nl', 'Het kastje dat ik heb ontvangen mist twee deurtjes.'),
  neg(
    'nl',
    'Mijn klantnummer is 5512340. Ik probeer al sinds vrijdag iemand te bereiken over mijn storing maar de lijn is steeds bezet.',
  ),
  neg('nl', 'De bezorger heeft het pakket bij de verkeerde buren afgeleverd en die zijn op vakantie.'),
  neg('nl', 'Ik heb een retourlabel aangevraagd maar dat is nooit in mijn mailbox verschenen.'),
  neg('nl', 'Jullie hebben mijn verhuizing niet doorgevoerd, de post gaat nog naar mijn oude adres.'),
  neg('nl', 'Bij het afrekenen krijg ik telkens een foutmelding en de betaling mislukt.'),
  neg('nl', 'Op de foto was de bank grijs, maar wat er geleverd is, is eerder beige.'),
  neg('nl', 'Ik heb een afspraak gemaakt voor vandaag 10:00 uur, maar bij aankomst wist niemand ervan.'),
  neg('en', 'My new phone will not hold a charge for more than two hours.'),
  neg('en', 'I was told my refund would be processed within 5 working days. It has been three weeks.'),
  neg('en', 'The delivery driver left the parcel in the rain and the box and the book inside are soaked.'),
  neg('en', 'There is a charge of $14.99 on my card for a subscription I never signed up for.'),
  neg('en', 'I keep getting logged out of the app every few minutes.'),
  neg('en', 'The instructions are missing from the box, so I cannot assemble the bed.'),
  neg('en', 'Our broadband has dropped out every evening this week.'),
  neg('en', 'I asked for the invoice to be addressed to my company, but it was made out to me personally again.'),
  neg('en', 'The coat I received is a size smaller than the one on the label.'),
  neg('en', 'Your agent said the technician would come on Thursday. Nobody came and nobody called.'),
  neg('en', 'The discount code from your newsletter is rejected at checkout.'),
  neg('en', 'I paid for next-day delivery and it took four days.'),
  neu('nl', 'Hoi, hoe lang duurt de levering naar België ongeveer?'),
  neu('nl', 'Kan ik een factuur op naam van mijn bedrijf krijgen? Ons KvK-nummer stuur ik dan mee.'),
  neu('nl', 'Hebben jullie deze schoen ook in maat 45?'),
  neu('en', 'Can I change my delivery slot to Saturday morning?'),
  neu('en', 'Hi, where can I find the user manual for the X200 model?'),
  neu('en', 'Do you offer gift wrapping?'),
  pos('nl', 'Dank jullie wel! De nieuwe router werkt perfect en de installatie ging heel makkelijk.'),
  pos('nl', 'Ik ben heel tevreden over hoe snel mijn retour is afgehandeld.'),
  pos('nl', 'Wat een vriendelijke medewerker aan de telefoon, echt fijn geholpen!'),
  pos('en', 'Many thanks for the quick refund, very smooth experience.'),
  pos('en', 'Your support team was fantastic today, problem solved in five minutes.'),
  pos('en', 'Just a note to say the flowers arrived in perfect condition and my mum loved them.'),
];
