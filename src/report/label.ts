/** The two languages of the app: every label and message exists in both. */
export type Lang = 'zh' | 'en';

/** A text in both languages: an official label (Chinese) with its English gloss, or a message. */
export type Label = Readonly<Record<Lang, string>>;

export interface KeyedLabel<K extends string = string> extends Label {
  readonly key: K;
}
