/** English cues for the role a text gives a channel. */
export const channelRoles = {
  /** Make a channel the lead: "Facebook as the lead channel", "make TikTok the main channel", "lead with TikTok". */
  lead: [
    'lead', 'leads', 'lead channel', 'main', 'main channel', 'primary', 'core', 'priority', 'bet on', 'focus on', 'go all in on', 'number one', 'hero channel',
    'first priority', 'to the top of', 'top of the media mix', 'backbone', 'mainstay', 'anchor channel', 'workhorse', 'most of the budget', 'bulk of the budget', 'the majority of spend',
  ],
  /** Keep or put a channel in support. */
  support: ['support', 'supporting', 'in support', 'as support', 'secondary', 'side test', 'small test', 'supplementary', 'backup', 'announcements only', 'only for announcements'],
  /** Take a channel out of the plan. */
  /** Only before the channel ("pause Instagram", "cut email"): "emails get cut to three lines" drops nothing. */
  drop: ['drop', 'cut', 'cutting', 'pause', 'pausing', 'stop', 'stopping', 'remove', 'kill', 'switch off', 'turn off', 'phase out', 'move away from', 'get rid of', 'scrap', 'ditch', 'leave', 'leaving', 'exit', 'pull out of', 'pulling out of'],
  /** The channel is the grammatical subject of a report, not a plan ("TikTok restricts uploads"). */
  /** Right after the channel, a verb of what the channel does or did: a report, not a plan ("Yandex ads reach a lot of ..."). */
  report: ['restrict', 'restricts', 'limit', 'limits', 'blocks', 'blocked', 'banned', 'bans', '=reach', '=reaches', '=works', '=worked', '=performs', '=performed', '=brings', '=brought', '=shows', '=showed', '=needs', '=requires', 'has no'],
} as const;
