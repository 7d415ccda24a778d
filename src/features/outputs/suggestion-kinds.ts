import type { SuggestionKind } from '../../core/anonymise/suggestion-kinds';

/** How each kind of suggestion is headed on screen, and what it is replaced with by default. */
const KINDS: Record<SuggestionKind, { heading: string; plural: string; replacement: string }> = {
  participant: { heading: 'Participant names', plural: 'participant names', replacement: '[name]' },
  speaker: { heading: 'Speaker labels', plural: 'speaker labels', replacement: '[speaker]' },
  person: { heading: 'People', plural: 'people', replacement: '[person]' },
  place: { heading: 'Places', plural: 'places', replacement: '[place]' },
  organisation: { heading: 'Organisations', plural: 'organisations', replacement: '[organisation]' },
  name: { heading: 'Other names', plural: 'other names', replacement: '[name]' },
  email: { heading: 'E-mail addresses', plural: 'e-mail addresses', replacement: '[email]' },
  phone: { heading: 'Phone numbers', plural: 'phone numbers', replacement: '[phone]' },
  postcode: { heading: 'Postcodes', plural: 'postcodes', replacement: '[postcode]' },
  url: { heading: 'Web addresses', plural: 'web addresses', replacement: '[web address]' },
};

const FALLBACK = { heading: 'Other', plural: 'others', replacement: '[redacted]' };

export function kindInfo(kind: string): { heading: string; plural: string; replacement: string } {
  return (KINDS as Record<string, typeof FALLBACK>)[kind] ?? FALLBACK;
}
