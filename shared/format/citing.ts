/**
 * A sentence with its legal source inside its full stop: "The review date has passed (Art. 24(1))." A
 * citation after the stop read as a stray fragment, and after a fix that cites an article itself as
 * "(Art. 35). (Art. 35(1))". A sentence that does not end with a full stop gets the citation after it.
 */
export const citing = (sentence: string, source: string): string => {
  const { body, stop } = citationSlot(sentence)
  return `${body} (${source})${stop}`
}

/** The sentence cut where its citation goes, for a screen that shows the citation in its own style. */
export function citationSlot(sentence: string): { body: string; stop: string } {
  return sentence.endsWith('.') ? { body: sentence.slice(0, -1), stop: '.' } : { body: sentence, stop: '' }
}
