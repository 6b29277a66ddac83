/**
 * A sentence with its legal source inside its full stop: "The review date has passed (Art. 24(1))." A
 * citation after the stop read as a stray fragment, and after a fix that cites an article itself as
 * "(Art. 35). (Art. 35(1))". A sentence that does not end with a full stop gets the citation after it.
 */
export const citing = (sentence: string, source: string): string =>
  sentence.endsWith('.') ? `${sentence.slice(0, -1)} (${source}).` : `${sentence} (${source})`
