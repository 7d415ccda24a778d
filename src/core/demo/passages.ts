/**
 * The demo project's coded passages. Each phrase occurs once in its interview, so offsets are
 * found by search and always exact. Some passages overlap or nest, and some carry two codes,
 * so the demo shows stripes side by side.
 */
import type { DemoPassage } from './types';

export const DEMO_PASSAGES: readonly DemoPassage[] = [
  // P01 Alex Morgan, shared district chief executive
  { ref: 'P01', phrase: 'Both councils were looking at savings of around four million pounds over three years', codes: ['Resources'] },
  {
    ref: 'P01', phrase: 'I put the proposal to both cabinets before I had the votes for it. People told me that was mad.',
    codes: ['Audacious leadership', 'Risk'],
  },
  { ref: 'P01', phrase: 'Ashby people will never accept a decision made in Melton', codes: ['District parochialism'] },
  {
    ref: 'P01', phrase: 'I applied for my own job. The shared post was advertised openly, and I told both leaders I might not get it.',
    codes: ['Selflessness', 'Trust'], memo: 'Compare P04 on giving away credit: both leaders give something up in public.',
  },
  { ref: 'P01', phrase: 'We stopped writing forty-page reports and started having the conversation first', codes: ['Culture change'] },
  {
    ref: 'P01', phrase: 'Trust took two years to build, and we built it one decision at a time. The members had to see us keep our word three or four times before they believed us.',
    codes: ['Trust'],
  },
  { ref: 'P01', phrase: 'Once the first shared service worked, the next three were easy. Before that, every proposal was a fight.', codes: ['Momentum'] },
  { ref: 'P01', phrase: 'every proposal was a fight. You need something early that people can point at.', codes: ['Leadership'] },
  { ref: 'P01', phrase: 'I did a staff briefing every Friday, even when there was nothing to say.', codes: ['Communication'] },
  { ref: 'P01', phrase: 'When two councils share a chief executive, which one can sack her?', codes: ['Accountability'] },
  {
    ref: 'P01', phrase: "We lost a logistics firm to the next county because we couldn't turn a land decision round quickly enough.",
    codes: ['Pace of decision-making', 'Risk'],
  },

  // P02 Catherine Holt, county chief executive
  {
    ref: 'P02', phrase: 'I said I would not propose local government reorganisation while I was in post unless all seven councils asked for it.',
    codes: ['Audacious leadership', 'Trust'],
  },
  { ref: 'P02', phrase: 'The trust we built in those two weeks did more than two years of meetings would have.', codes: ['Trust', 'Momentum'] },
  {
    ref: 'P02', phrase: 'every district wanted its own town named as a priority. We ended up with a plan that prioritised everywhere, which means it prioritised nowhere.',
    codes: ['District parochialism'],
  },
  { ref: 'P02', phrase: 'Sometimes you have to risk the relationship to get something worth having.', codes: ['Risk', 'Leadership'] },
  { ref: 'P02', phrase: "We've taken about a hundred and twenty million pounds out of the budget over the last decade.", codes: ['Resources'] },
  {
    ref: 'P02', phrase: 'Shortage forces people together, because nobody can afford to go it alone. But it also makes everyone defensive.',
    codes: ['Partnership working', 'Resources'],
  },
  {
    ref: 'P02', phrase: 'Decisions below a certain value or risk level get made by a single director in a week, not by a board in three months.',
    codes: ['Pace of decision-making'],
  },
  { ref: 'P02', phrase: 'The culture change is much slower than the process change.', codes: ['Culture change'] },
  { ref: 'P02', phrase: 'So we publish a weekly list of delegated decisions now, and scrutiny can call any of them in.', codes: ['Accountability'] },

  // P03 Daniel Osei, district chief executive
  { ref: 'P03', phrase: 'A shared chief executive serving two councils has two masters.', codes: ['Accountability'] },
  { ref: 'P03', phrase: "Call that parochial if you like. I'd call it democratic.", codes: ['District parochialism'], memo: 'Reframes parochialism as local democracy.' },
  { ref: 'P03', phrase: 'Each council wanted the defences to start at its own most valuable bit of coast.', codes: ['District parochialism'] },
  { ref: 'P03', phrase: 'It took four years to get agreement, and in that time we lost a section of the coast road at Gull Point.', codes: ['Pace of decision-making'] },
  {
    ref: 'P03', phrase: 'Four years of officer meetings and it was settled in an afternoon when the leaders trusted each other enough to talk straight.',
    codes: ['Trust', 'Pace of decision-making'],
  },
  {
    ref: 'P03', phrase: "I stopped asking to see things that didn't need my sign-off. That sounds trivial, but when the chief executive stops checking, everyone below stops checking too.",
    codes: ['Culture change'],
  },
  { ref: 'P03', phrase: 'when the chief executive stops checking, everyone below stops checking too', codes: ['Leadership'] },
  { ref: 'P03', phrase: "I said, I'm accepting this risk, and here's why, and here's what we're doing to reduce it.", codes: ['Risk', 'Accountability'] },
  { ref: 'P03', phrase: 'we decided to bid for it in nine days, including an urgent cabinet meeting', codes: ['Pace of decision-making', 'Audacious leadership'] },
  { ref: 'P03', phrase: "It's given the whole town a sense that things are moving again, after years of decline.", codes: ['Momentum'] },

  // P04 Nadia Rahman, NHS health commissioner
  {
    ref: 'P04', phrase: 'If you want to keep an older person out of hospital, a warm, safe home matters more than almost anything the NHS can do.',
    codes: ['Partnership working'],
  },
  { ref: 'P04', phrase: "I put my own name to it, so if it failed, it was my failure, not the board's.", codes: ['Risk', 'Audacious leadership'] },
  { ref: 'P04', phrase: 'The district housing staff now ring our community teams directly.', codes: ['Partnership working', 'Trust'] },
  { ref: 'P04', phrase: 'We can take a year to agree something that a district council could decide in a month.', codes: ['Pace of decision-making'] },
  {
    ref: 'P04', phrase: "If I say we'll fund something, and then the money doesn't arrive until the next financial year, the district has to carry the cost in the meantime, and they remember that.",
    codes: ['Trust'],
  },
  { ref: 'P04', phrase: 'Who manages the person, who signs off spending, who reports to whom.', codes: ['Accountability'] },
  { ref: 'P04', phrase: 'I spend a lot of time defending small budgets that matter far more than their size suggests.', codes: ['Resources'] },
  {
    ref: 'P04', phrase: "A lot of it is about giving away credit. When the falls project worked, the headline in the local paper was about Melton Vale Council's innovative scheme.",
    codes: ['Selflessness'],
  },

  // P05 Tom Brennan, local business owner
  { ref: 'P05', phrase: "If something hasn't been done, they have to say so in front of everybody.", codes: ['Accountability'] },
  { ref: 'P05', phrase: 'a decision that takes eighteen months is the same as a decision not to help', codes: ['Pace of decision-making'] },
  { ref: 'P05', phrase: 'Everything goes to Kestrel Bay.', codes: ['District parochialism'] },
  { ref: 'P05', phrase: 'People get tired of hearing that something is coming. They want to see something happen, even something small.', codes: ['Momentum'] },
  { ref: 'P05', phrase: 'When they put the parking charges up, we found out from a notice on the pay machines.', codes: ['Communication', 'Trust'] },
  { ref: 'P05', phrase: 'Three organisations, one set of lights.', codes: ['Partnership working'] },
  { ref: 'P05', phrase: 'They spent a year deciding whether to allow a Saturday street market', codes: ['Risk', 'Pace of decision-making'] },
];
