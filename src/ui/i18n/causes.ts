import type { CauseCategory } from '../../db';

/** What a complaint was about, as the wrap-up form, the case log and the dashboard all name it. */
export const causeLabels: Record<'nl' | 'en', Record<CauseCategory, string>> = {
  nl: {
    other_channel_could_answer: 'Had via een ander kanaal gekund',
    repeat_question: 'Herhaalde vraag',
    unclear_invoice: 'Onduidelijke factuur',
    unclear_communication: 'Onduidelijke communicatie',
    product_defect: 'Product defect',
    delivery: 'Levering',
    billing: 'Betaling / facturatie',
    service_attitude: 'Houding van de service',
    waiting_time: 'Wachttijd',
    other: 'Anders',
  },
  en: {
    other_channel_could_answer: 'Another channel could have answered',
    repeat_question: 'Repeat question',
    unclear_invoice: 'Unclear invoice',
    unclear_communication: 'Unclear communication',
    product_defect: 'Product defect',
    delivery: 'Delivery',
    billing: 'Payment / billing',
    service_attitude: 'Service attitude',
    waiting_time: 'Waiting time',
    other: 'Other',
  },
};
