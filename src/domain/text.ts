/** Text limits count characters as people do (code points), never UTF-16 code units. */
export const codePointLength = (text: string): number => [...text].length;

/** The first `max` code points: a cut never splits a surrogate pair. */
export const truncateCodePoints = (text: string, max: number): string => [...text].slice(0, max).join('');

/** A lone (unpaired) surrogate: not valid Unicode, and not something to forward to a provider. */
export const hasLoneSurrogate = (text: string): boolean =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
