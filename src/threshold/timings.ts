/**
 * Share-release timings: how long each party took to answer a signing round
 * with its signature share (FROST round 2), kept in memory for the metrics
 * (server/metrics.ts drains them at each scrape into a histogram). Bounded:
 * when nobody scrapes, the oldest observations are dropped.
 *
 * @example
 *   const t = new ShareTimings();
 *   t.record('p1', 0.004, 'ok');
 *   t.drain(); // [{ party: 'p1', seconds: 0.004, outcome: 'ok' }]
 */

/** `ok`: a share came back; `refused`: the party's own checks said no; `unavailable`: no answer in time. */
export type ShareOutcome = 'ok' | 'refused' | 'unavailable';

export interface ShareTiming {
  party: string;
  seconds: number;
  outcome: ShareOutcome;
}

/** Observations kept between two scrapes at most. */
export const MAX_SHARE_TIMINGS = 10_000;

export class ShareTimings {
  private items: ShareTiming[] = [];

  record(party: string, seconds: number, outcome: ShareOutcome): void {
    if (this.items.length >= MAX_SHARE_TIMINGS) this.items.shift();
    this.items.push({ party, seconds, outcome });
  }

  /** Every observation since the last drain, oldest first. */
  drain(): ShareTiming[] {
    const out = this.items;
    this.items = [];
    return out;
  }
}
