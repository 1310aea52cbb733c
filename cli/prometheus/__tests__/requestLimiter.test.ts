import { RequestLimiter } from '../requestLimiter';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RequestLimiter', () => {
  it('runs at most max tasks at once, starts them in order and keeps each result in its place', async () => {
    const limiter = new RequestLimiter(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all(
      [50, 10, 30, 5, 20, 1].map((ms, i) =>
        limiter.run(async () => {
          started.push(i);
          most = Math.max(most, ++running);
          await pause(ms);
          running--;
          return i * 10;
        })
      )
    );
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('frees the slot of a task that fails', async () => {
    const limiter = new RequestLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });
});
