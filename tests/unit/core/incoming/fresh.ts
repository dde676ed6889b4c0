/**
 * A third labelled set, written after the second round of generic fixes and run once without any tuning
 * afterwards. Kept as a regression check; its first-run accuracy is in the incoming report.
 */
import type { Labelled } from './labelled';

const neg = (lang: 'nl' | 'en', text: string): Labelled => ({ text, label: 'negative', lang });
const neu = (lang: 'nl' | 'en', text: string): Labelled => ({ text, label: 'neutral', lang });
const pos = (lang: 'nl' | 'en', text: string): Labelled => ({ text, label: 'positive', lang });

export const FRESH: Labelled[] = [
  neg('nl', 'Ik heb twee weken geleden een klacht ingediend via het formulier en heb daarna niets meer gehoord.'),
  neg('nl', 'De wasdroger die ik vorige maand kocht lekt water aan de onderkant.'),
  neg('nl', 'Bij mijn bestelling zat een bon van iemand anders, met zijn naam en adres erop.'),
  neg('nl', 'Mijn tv-abonnement is omgezet naar een duurder pakket zonder dat ik daarom gevraagd heb.'),
  neg('nl', 'Gisteren is de storing volgens jullie verholpen, maar vanochtend had ik weer geen internet.'),
  neg('nl', 'De bus naar Zwolle van 7:45 reed vanochtend gewoon niet en er was geen enkele melding in de app.'),
  neg('nl', 'Ik krijg al een maand aanmaningen voor een factuur die ik op 2 september heb betaald.'),
  neg('en', 'The tracking number you sent me does not exist according to the courier.'),
  neg('en', 'I ordered six chairs and only four were delivered.'),
  neg('en', 'We were billed for 12 months upfront although the contract clearly says monthly payments.'),
  neg('en', 'The hotel room we booked through your site had already been given to someone else when we arrived.'),
  neg('en', 'My card was declined at checkout three times even though there is plenty of money in the account.'),
  neg('en', 'The washing machine door seal started leaking after two washes.'),
  neg('en', 'I have sent the documents you asked for twice and you keep saying you have not received them.'),
  neu('nl', 'Tot hoe laat kan ik vandaag bestellen om het morgen in huis te hebben?'),
  neu('nl', 'Kunnen jullie mij het retouradres sturen?'),
  neu('en', 'Is it possible to add a second user to my account?'),
  neu('en', 'Which payment methods do you accept?'),
  neu('en', 'When does the winter sale start?'),
  pos('nl', 'Hartelijk bedankt voor het snelle vervangen van mijn telefoon, ik ben er heel blij mee.'),
  pos('nl', 'Super service weer, de monteur was netjes op tijd en heel vriendelijk.'),
  pos('en', 'Thank you, the new card arrived today and everything is working again.'),
  pos('en', 'I wanted to let you know that Priya in your Leeds store was wonderful with my elderly father.'),
  pos('en', 'Brilliant, thanks for the fast response!'),
];
