import { ColumnPacker, type InputSeries } from '../../../impact';
import { runInSlices, runToEnd } from '../../runInSlices';
import type { ImpactRequest } from './impactRequest';

/** A request whose columns are Float64Arrays, and their buffers: postMessage moves them instead of cloning numbers. */
export interface TransferableRequest {
  message: ImpactRequest;
  transfer: ArrayBuffer[];
}

type SeriesRecord = Partial<Record<string, InputSeries[]>>;

/** Packs one series per step into copies of the records (the panel's frames are never detached); returns the message. */
function* packing(request: ImpactRequest, packer: ColumnPacker): Generator<void, ImpactRequest> {
  const packRecord = function* <T extends object>(record: T): Generator<void, T> {
    const packed: SeriesRecord = {};
    for (const [name, list] of Object.entries(record as SeriesRecord)) {
      const out: InputSeries[] | undefined = list && [];
      for (const series of list ?? []) {
        out!.push(packer.pack(series));
        yield;
      }
      packed[name] = out;
    }
    return packed as T;
  };
  const series = yield* packRecord(request.series);
  const database = request.options.database && (yield* packRecord(request.options.database));
  return { ...request, series, options: { ...request.options, database } };
}

/** The same request with fresh typed columns, packed in one go. */
export function transferableRequest(request: ImpactRequest): TransferableRequest {
  const packer = new ColumnPacker();
  return { message: runToEnd(packing(request, packer)), transfer: packer.buffers };
}

/**
 * Packs in slices, yielding to the page between them (runInSlices), then calls `onPacked` (a small request in the
 * same task). The returned function stops a packing still under way; an exception goes to `onFailed`.
 */
export function packInSlices(
  request: ImpactRequest,
  onPacked: (packed: TransferableRequest) => void,
  onFailed: () => void
): () => void {
  const packer = new ColumnPacker();
  return runInSlices(packing(request, packer), (message) => onPacked({ message, transfer: packer.buffers }), onFailed);
}
