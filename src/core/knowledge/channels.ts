/** Seed 002's complaint-handling tips per channel family. */
import { z } from 'zod';
import { channelTipSchema } from './schema';

export const channelTips = z.array(channelTipSchema).parse([
  {
    id: 'letter',
    title: { nl: 'Brief', en: 'Letter' },
    covers: {
      nl: 'Formele klachtbrieven, vaak bij ernstige problemen',
      en: 'Formal complaint letters, often about serious problems',
    },
    advice: {
      nl: 'Een formele brief gaat meestal over iets ernstigs. Antwoord niet met nog een brief of alleen een telefoontje: dat kan de schade vergroten. Stel een persoonlijk gesprek voor.',
      en: 'A formal letter usually means something serious. Do not answer with another letter or just a call: that can add to the damage. Propose a meeting in person.',
    },
  },
  {
    id: 'spoken',
    title: { nl: 'Mondeling', en: 'Spoken' },
    covers: { nl: 'Klachten aan de balie of in de winkel', en: 'Complaints at the counter or in the shop' },
    advice: {
      nl: 'De klant staat voor je en heeft het probleem net meegemaakt. Handel snel: herstel de service zodra je de klacht hebt gehoord en begrepen.',
      en: 'The customer is in front of you and has just had the problem. Act fast: put things right as soon as you have heard and understood the complaint.',
    },
  },
  {
    id: 'remote',
    title: { nl: 'Telefoon, e-mail, sms', en: 'Phone, e-mail, SMS' },
    covers: { nl: 'Klachten per telefoon, e-mail, chat of sms', en: 'Complaints by phone, e-mail, chat or text' },
    advice: {
      nl: 'Vaak minder ernstig, maar niet minder belangrijk: wie zo klaagt, wil snel en makkelijk geholpen worden. Handel sneller dan bij een brief en zeg meteen wat u kunt doen.',
      en: 'Often less serious, but never to be brushed aside: people who complain this way want a quick, easy fix. Act faster than for a letter and say straight away what you can do.',
    },
  },
]);
