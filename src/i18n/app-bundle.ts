import { zhApp } from './app-messages.ts';
import { lazyBundle } from './bundle.ts';

/** The frame's and first pages' strings; English is a chunk of its own, fetched when wanted. */
export const appMessages = lazyBundle(zhApp, () =>
  import('./app-messages-en.ts').then((module) => module.enApp),
);
