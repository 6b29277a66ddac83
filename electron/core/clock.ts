// Every "now" in the backend comes from a Clock, so tests and drills can move time explicitly.
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock a test sets and moves by hand. */
export class ManualClock implements Clock {
  private t: number
  constructor(start: Date | string) {
    this.t = new Date(start).getTime()
  }
  now(): Date {
    return new Date(this.t)
  }
  set(to: Date | string): void {
    this.t = new Date(to).getTime()
  }
  advance(ms: number): void {
    this.t += ms
  }
}

/** Drill clock: simulated time runs `factor` times faster than the base clock from `startAt`. */
export class ScaledClock implements Clock {
  private readonly base: Clock
  private readonly realStart: number
  private readonly simStart: number
  private readonly factor: number
  constructor(base: Clock, simStart: Date, factor: number) {
    this.base = base
    this.realStart = base.now().getTime()
    this.simStart = simStart.getTime()
    this.factor = factor
  }
  now(): Date {
    return new Date(this.simStart + (this.base.now().getTime() - this.realStart) * this.factor)
  }
}

export const isoNow = (clock: Clock): string => clock.now().toISOString()
