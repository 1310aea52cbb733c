import React, { Component, type ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import { componentOnDemand } from '../componentOnDemand';

function Hello({ name }: { name: string }) {
  return <p>hello {name}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error?: string }> {
  state: { error?: string } = {};
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  render() {
    return this.state.error ? <p>failed: {this.state.error}</p> : this.props.children;
  }
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('componentOnDemand (no Suspense: drawn as soon as its code is there)', () => {
  afterEach(() => jest.useRealTimers());

  it('draws the component in its first render when the code has already arrived: the fallback is never shown', async () => {
    const OnDemand = componentOnDemand(() => Promise.resolve(Hello), <p>loading</p>);
    await OnDemand.preload();
    const seen: string[] = [];
    render(<OnDemand name="now" />);
    seen.push(document.body.textContent ?? '');
    expect(seen).toEqual(['hello now']);
  });

  it('shows the fallback, then the component in the render after the code arrives, with no timer to wait for', async () => {
    jest.useFakeTimers();
    const code = deferred<typeof Hello>();
    const load = jest.fn(() => code.promise);
    const OnDemand = componentOnDemand(load, <p>loading</p>);
    render(<OnDemand name="soon" />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    await act(async () => {
      code.resolve(Hello);
      await code.promise;
    });
    // No fake timer was advanced. (Under act() React skips its Suspense throttle too, so the gain over React.lazy
    // is measured in the browser: docs/benchmarks/render.md.)
    expect(screen.getByText('hello soon')).toBeInTheDocument();
    expect(screen.queryByText('loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads its code once however many instances draw', async () => {
    const load = jest.fn(() => Promise.resolve(Hello));
    const OnDemand = componentOnDemand(load, <p>loading</p>);
    render(
      <>
        <OnDemand name="a" />
        <OnDemand name="b" />
      </>
    );
    expect(await screen.findByText('hello a')).toBeInTheDocument();
    expect(screen.getByText('hello b')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('throws a failed download to the nearest error boundary, as React.lazy does', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const OnDemand = componentOnDemand<{ name: string }>(
      () => Promise.reject(new Error('chunk 492.js did not load')),
      <p>loading</p>
    );
    render(
      <Boundary>
        <OnDemand name="x" />
      </Boundary>
    );
    expect(await screen.findByText('failed: chunk 492.js did not load')).toBeInTheDocument();
    spy.mockRestore();
  });
});
