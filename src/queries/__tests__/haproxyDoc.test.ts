import fs from 'fs';
import path from 'path';
import { CATALOGUE_ENTRIES, PROXIES, catalogueFor, noEquivalentReason } from '..';

const doc = fs.readFileSync(path.join(__dirname, '../../../docs/haproxy.md'), 'utf8');

describe('docs/haproxy.md, the label mapping', () => {
  it('names every metric each proxy reads, and every entry a proxy has no equivalent for, with the reason', () => {
    for (const proxy of PROXIES) {
      const proxyQueries = catalogueFor(proxy.id).filter((q) => q.proxy);
      for (const metric of new Set(proxyQueries.flatMap((q) => q.metrics))) {
        expect({ metric, inDoc: doc.includes(`\`${metric}\``) }).toEqual({ metric, inDoc: true });
      }
      for (const entry of CATALOGUE_ENTRIES) {
        const reason = noEquivalentReason(entry.id, proxy.id);
        if (reason) {
          expect({ id: entry.id, proxy: proxy.id, inDoc: doc.includes(reason) }).toEqual({
            id: entry.id,
            proxy: proxy.id,
            inDoc: true,
          });
        }
      }
    }
  });
});
