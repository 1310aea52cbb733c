import { answerImpactRequest, type ImpactRequest } from './impactRequest';

// Typed by hand: the project's TypeScript lib is the DOM's, not the WebWorker one.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImpactRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => scope.postMessage(answerImpactRequest(event.data));
