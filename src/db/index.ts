/** The local case log. Extension pages only: never import this from a content script. */
export * from './schema';
export * from './errors';
export * from './db';
export * from './cases';
export * from './notes';
export * from './events';
export * from './reminders';
export * from './settings';
export * from './transfer';
