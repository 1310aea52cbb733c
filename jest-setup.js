// Jest setup provided by Grafana scaffolding, plus the browser APIs Scenes and @grafana/ui expect.
import './.config/jest-setup';
import { configure } from '@testing-library/react';

// findBy*/waitFor wait on a condition; Testing Library's 1-s default failed a panel test on a loaded 2-core machine.
configure({ asyncUtilTimeout: 20_000 });
// React 19's scheduler needs MessageChannel, which jsdom lacks. Node's real one keeps jest from
// exiting (an open MessagePort), so messages go through timers instead.
class MessageChannelStub {
  constructor() {
    const deliver = (target) => (data) => setTimeout(() => target.onmessage && target.onmessage({ data }), 0);
    this.port1 = { onmessage: null, close() {} };
    this.port2 = { onmessage: null, close() {} };
    this.port1.postMessage = deliver(this.port2);
    this.port2.postMessage = deliver(this.port1);
  }
}
if (typeof global.MessageChannel === 'undefined') {
  global.MessageChannel = MessageChannelStub;
}

class IntersectionObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
global.IntersectionObserver = IntersectionObserverStub;

// Panels only render when the layout reports a size, so the stub reports one.
class ResizeObserverStub {
  constructor(callback) {
    this.callback = callback;
  }
  observe(target) {
    this.callback(
      [{ target, contentRect: { width: 1200, height: 800, top: 0, left: 0, bottom: 800, right: 1200 } }],
      this
    );
  }
  unobserve() {}
  disconnect() {}
}
global.ResizeObserver = ResizeObserverStub;
