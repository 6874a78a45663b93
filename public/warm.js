// See index.html: opens the app's database early, never makes it.
(() => {
  try {
    const r = indexedDB.open('conferring-clipboard');
    r.onupgradeneeded = () => r.transaction?.abort();
    r.onsuccess = () => r.result.close();
    r.onerror = (e) => e.preventDefault();
  } catch {}
})();
