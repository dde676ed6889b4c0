/** The languages of Triade's own screens (the panel, call mode, the case log, the dashboard, the options). */
export type UiLang = 'nl' | 'en';
