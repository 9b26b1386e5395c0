// Starts reading the address book while the app's WebAssembly is still
// downloading and compiling, so the Contacts list does not wait for
// IndexedDB after start-up. The contacts come from their snapshot (one
// JSON text, see src/store/snapshot.rs) when there is one, else record by
// record. The app takes the result once (src/store/preload.rs) and reads
// normally from then on.
//
// It only ever reads a database the app has already created at the current
// schema version: an absent or older database is left for the app to create
// or upgrade (the upgrade this open would start is aborted), and any
// failure just means the app reads the data itself.
(() => {
  const DATABASE = 'mingpian';
  // Must equal VERSION in src/store/schema.rs (a browser test checks).
  const SCHEMA_VERSION = 4;

  window.__mingpianPreload = new Promise((resolve) => {
    let request;
    try {
      request = indexedDB.open(DATABASE, SCHEMA_VERSION);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      try {
        const tx = db.transaction(['contacts', 'tags', 'events', 'cache'], 'readonly');
        // One JSON text per store: the app decodes each in one pass.
        const texts = { fromSnapshot: false };
        const readAll = (name) => {
          tx.objectStore(name).getAll().onsuccess = (event) => {
            texts[name] = JSON.stringify(event.target.result);
          };
        };
        tx.objectStore('cache').get('contacts').onsuccess = (event) => {
          const snapshot = event.target.result;
          if (snapshot && typeof snapshot.text === 'string') {
            texts.contacts = snapshot.text;
            texts.fromSnapshot = true;
          } else {
            readAll('contacts');
          }
        };
        readAll('tags');
        readAll('events');
        tx.oncomplete = () => {
          db.close();
          resolve(texts);
        };
        tx.onabort = () => {
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
})();
