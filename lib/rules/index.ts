import { assumption } from './assumption';
import { channel } from './channel';
import { kpi } from './kpi';
import { messaging } from './messaging';
import { objective } from './objective';
import { redLine } from './red-line';
import { tone } from './tone';
import type { Rule } from './types';

/** Every check, sorted by kind. A new check is one file in this folder and one line here. */
export const RULES: readonly Rule[] = [assumption, channel, kpi, messaging, objective, redLine, tone];
