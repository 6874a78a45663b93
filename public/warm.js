(() => {
  try {
    performance.mark('database-warm-start');
    const r = indexedDB.open('conferring-clipboard');
    r.onupgradeneeded = () => r.transaction?.abort();
    r.onsuccess = () => {
      performance.mark('database-warm-open');
      r.result.close();
    };
    r.onerror = (e) => e.preventDefault();
  } catch {}
})();
