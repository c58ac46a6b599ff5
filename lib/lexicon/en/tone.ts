import type { ToneLexicon } from '../types';

/**
 * English tone words. `names` map a document's `tone.avoid` entries to a category; `asks` are words
 * that ask for the tone ("keep it edgy"); `weakAsks` need a word about copy or tone nearby
 * ("aggressive" discounts are not a tone); `marks` are signs that copy is written in that tone.
 */
export const tone: ToneLexicon = {
  edgy: {
    names: ['edgy', 'edge', 'provocative', 'bold and edgy'],
    asks: ['edgy', 'edgier', 'edginess', 'provocative', 'unhinged', 'swearing', 'a bit of swearing', 'shock value'],
    marks: [],
  },
  irreverent: {
    names: ['irreverent', 'irreverence', 'ironic', 'irony', 'cheeky', 'mocking', 'making fun of', 'make fun of', 'poke fun', 'mockery'],
    asks: ['irreverent', 'tongue-in-cheek', 'cheeky', 'mocking', 'poke fun', 'make fun of'],
    weakAsks: ['ironic', 'irony'],
    marks: [],
  },
  slang: {
    names: ['slang', 'jargon', 'street talk', 'youth slang'],
    asks: ['slang', 'slangy', 'street talk', 'swear words', 'memes'],
    marks: ['lit', 'bruh', 'slay', 'no cap', 'lowkey', 'highkey', 'fam', 'sus', 'bussin', 'goated', 'af'],
  },
  hype: {
    names: ['hype', 'hyped', 'hypey', 'buzzwords', 'superlatives'],
    asks: ['hype', 'hypey', 'hyped-up', 'all caps', 'caps lock', 'buzzwords'],
    marks: ['insane', 'mind-blowing', 'game-changer', 'game changer', 'must-have', 'epic', 'crazy good'],
  },
  urgency: {
    names: ['aggressive urgency', 'pushy', 'pressure', 'hard sell', 'aggressive', 'high-pressure'],
    asks: ['pushy', 'high-pressure', 'hard sell', 'hard-sell'],
    weakAsks: ['aggressive', 'aggressively', 'pressure'],
    marks: ['hurry', 'last chance', "don't miss out", 'now or never', 'before it\'s gone', 'only today', 'act now'],
  },
  formal: {
    names: ['formal', 'formality', 'official', 'stiff', 'corporate', 'bureaucratic', 'bureaucratese', 'officialese'],
    asks: [
      'formal', 'formally', 'more formal', 'stiff', 'bureaucratic', 'corporate tone', 'official tone', 'buttoned-up', 'businesslike', 'no contractions',
      'letter from a bank', 'dear customer', 'legalese', 'like a bank', 'like a lawyer',
    ],
    weakAsks: ['no jokes', 'serious', 'strictly'],
    marks: ['hereby', 'we hereby inform you', 'dear valued', 'shall terminate', 'pursuant to', 'please be advised', 'kindly note', 'herewith'],
  },
  academic: {
    names: ['academic', 'scientific', 'scholarly', 'clinical'],
    asks: ['academic', 'scholarly', '=peer-reviewed', 'white paper', 'whitepaper', 'footnoted', 'third person', 'passive voice', 'citations', 'scientific paper', 'journal article', 'abstract', 'technical terms', 'footnotes'],
    weakAsks: ['scientific', 'references'],
    marks: ['contingent upon', 'efficacy', 'adherence to', 'facilitate', 'the establishment of', 'see appendix', 'et al', 'prescribed protocol', 'in accordance with', 'aforementioned'],
  },
  fear: {
    names: ['fear-based', 'fear', 'scare tactics', 'fearmongering', 'fear-mongering', 'scary', 'scaring'],
    asks: ['fear-based', 'scare tactics', 'scare people', 'fearmongering', 'fear-mongering', 'frighten', 'fear sells'],
    weakAsks: ['scary', 'fear'],
    marks: [
      'years off your life', 'keeping score', 'chips away', 'wrecking', 'wreck', 'ruining', 'ruin', 'destroying', 'destroy', 'damage',
      'while you read this', 'while you are reading this', 'child is freezing', 'kid is freezing', 'killing', 'kill', 'deadly', 'die',
      'dying', 'heart attack', 'disease', 'before it\'s too late', 'brain cells', 'never get back',
      'irreversible', 'permanent damage', 'shorten your life', 'takes a toll', 'silent killer', 'you will regret', 'too late', 'heart disease',
      'raises your risk', 'risk of', "you're afraid of", 'afraid', 'stops recovering',
    ],
  },
  sarcasm: {
    names: ['sarcasm', 'sarcastic', 'snark', 'snarky'],
    asks: ['sarcasm', 'sarcastic', 'snark', 'snarky', 'mean-spirited'],
    marks: ['oh sure', 'yeah right', 'totally worth it', 'what could possibly go wrong', "who doesn't love", 'said no one ever', 'said nobody ever', 'how fun'],
  },
  shouting: {
    names: ['shouting', 'discount shouting', 'shouty', 'caps', 'yelling'],
    asks: ['shout', 'shouting', 'shouty', 'yell', 'scream', 'all caps', 'exclamation marks', 'exclamation points'],
    marks: [],
  },
  revealing: {
    names: ['revealing imagery', 'revealing', 'nudity', 'sexualised', 'sexualized', 'racy'],
    asks: ['bikini', 'swimsuit', 'swimwear', 'lingerie', 'cleavage', 'nude', 'nudity', 'topless', 'underwear', 'sexy', 'racy', 'revealing'],
    marks: [],
  },
  condescending: {
    names: ['condescending', 'patronizing', 'patronising', 'preachy', 'preaching', 'lecturing', 'moralizing', 'moralising', 'lecturing tone'],
    asks: ['condescending', 'patronizing', 'patronising', 'preachy', 'lecture them', 'talk down', 'moralizing', 'moralising', 'know-it-all', 'strict teacher', 'like a teacher', 'explain it slowly'],
    marks: ['you clearly have no idea', 'let us explain it slowly', 'as everyone knows', 'obviously you', 'even a child', "it's time you realised", 'stop making excuses', 'responsible parents'],
  },
  clickbait: {
    names: ['clickbait', 'click-bait', 'sensational', 'sensationalist'],
    asks: ['clickbait', 'click-bait', 'clickbaity', 'sensational', 'sensationalist', 'shocking headlines'],
    marks: ["you won't believe", 'shocking', 'this one trick', 'what happens next', 'doctors hate', 'will shock you', 'will surprise you', 'the truth about'],
  },
  technical: {
    names: ['overly technical', 'technical', 'jargon-heavy', 'jargon', 'dry'],
    asks: ['technical jargon', 'jargon-heavy', 'more technical', 'full of jargon', 'spec sheet', 'engineering language', 'technical detail', 'technical details', 'the way our engineers', 'like an engineer', 'like engineers', 'basis points'],
    weakAsks: ['technical', 'jargon'],
    marks: [],
  },
  salesy: {
    names: ['salesy', 'pushy sales', 'hard-sell', 'sales-heavy'],
    asks: ['salesy', 'sales-heavy', 'more salesy', 'hard-sell', 'pushy'],
    marks: ['buy now', 'limited offer', 'act fast', 'order today', 'limited spots', 'lock in', "don't think twice", 'before it\'s gone', 'gone forever', 'while it lasts'],
  },
  pathos: {
    names: ['patriotic pathos', 'patriotic', 'pathos', 'nationalistic', 'grandiose', 'pompous'],
    asks: ['patriotic', 'patriotism', 'nationalistic', 'pathos', 'grandiose', 'pompous', 'solemn', 'flag waving'],
    marks: ['great nation', 'our great', 'proud nation', 'flag full screen', 'for the motherland', 'for the homeland'],
  },
  emotional: {
    names: ['overly emotional', 'emotional', 'sentimental', 'melodramatic', 'tear-jerking', 'sob story'],
    asks: ['tear-jerker', 'tear-jerking', 'melodramatic', 'sentimental', 'more emotional', 'tug at the heartstrings', 'make them cry', 'sob story'],
    marks: ['i cried', 'cried', 'sob', 'sobbing', 'in tears', 'worst mum', 'worst mom', 'worst parent', 'heartbroken', 'desperate', 'broke my heart'],
  },
  guilt: {
    names: ['guilt-tripping', 'guilt trip', 'guilt', 'shaming', 'parent-shaming'],
    asks: ['guilt-trip', 'guilt-tripping', 'guilt trip', 'shame them', 'make them feel guilty', 'make parents feel guilty', 'feel bad', 'guilt sells'],
    marks: ["it's time you realised", 'stop making excuses', 'responsible parents', 'good parents', 'bad parent', 'you owe it to'],
  },
  boastful: {
    names: ['boastful', 'bragging', 'arrogant', 'self-congratulatory'],
    asks: ['boastful', 'brag', 'bragging', 'show off', 'arrogant'],
    marks: ['the best in the world', 'number one in', 'nobody does it better', 'unbeatable', 'the best school'],
  },
  crude: {
    names: ['crude', 'toilet humour', 'toilet humor', 'vulgar', 'crass', 'lewd'],
    asks: ['crude', 'vulgar', 'crass', 'fart jokes', 'toilet humour', 'toilet humor', 'potty humour', 'lewd'],
    marks: [],
  },
  flippant: {
    names: ['flippant', 'frivolous', 'jokey', 'cheeky', 'glib'],
    asks: ['flippant', 'frivolous', 'jokey', 'cheeky', 'cheekier', 'meme humour', 'meme humor', 'memes', 'jokes about', 'glib', 'tongue-in-cheek'],
    marks: [],
  },
  luxury: {
    names: ['elitist', 'snobbish', 'luxury', 'posh'],
    asks: ['elitist', 'snobbish', 'posh', 'exclusive club'],
    marks: [],
  },
  adultified: {
    names: ['children styled as adults', 'kids styled as adults', 'adultification', 'sexualised', 'sexualized'],
    asks: ['like little adults', 'like mini adults', 'styled as adults', 'as little adults', 'grown-up styling', 'adult poses'],
    marks: [],
  },
  childish: {
    names: ['childish', 'infantile', 'cutesy', 'baby talk'],
    asks: ['childish', 'infantile', 'cutesy', 'baby talk'],
    marks: [],
  },
  casual: {
    names: ['casual', 'informal', 'familiar', 'chatty'],
    asks: ['casual', 'informal', 'chatty', 'colloquial'],
    marks: [],
  },
  humour: {
    names: ['jokes', 'humor', 'humour', 'playful', 'witty', 'funny'],
    asks: ['jokes', 'joke', 'witty', 'humor', 'humour', 'funny', 'playful'],
    marks: [],
  },
};

/** Words that make a weak tone cue about copy: "the texts more aggressive", "an aggressive tone". */
export const toneContext = [
  'tone', 'voice', 'register', 'style', 'copy', 'copywriting', 'captions', 'caption', 'texts', 'headlines', 'write', 'written', 'writing',
  'rewrite', 'keep it', 'make it', 'sound', 'feel', 'videos', 'posts', 'ads', 'script', 'wording', 'language',
];
