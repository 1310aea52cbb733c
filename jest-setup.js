// Jest setup provided by Grafana scaffolding, plus the browser APIs Scenes and @grafana/ui expect.
import './.config/jest-setup';
import { MessageChannel } from 'worker_threads';

// React 19's scheduler needs MessageChannel, which jsdom lacks; its ports must not keep jest from exiting.
class UnrefMessageChannel extends MessageChannel {
  constructor() {
    super();
    for (const port of [this.port1, this.port2]) {
      port.unref();
      port.ref = () => port;
    }
  }
}
if (typeof global.MessageChannel === 'undefined') {
  global.MessageChannel = UnrefMessageChannel;
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
