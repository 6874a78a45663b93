// Opens the app's database while the page is still loading its code, and closes it at once: a cold
// IndexedDB takes ~100 ms to open a database, and the app's own open comes ~100 ms after this one. A
// database that is not there yet is not made here (the open is aborted): the app makes it.
(() => {
  try {
    const request = indexedDB.open('conferring-clipboard');
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => request.result.close();
    request.onerror = (event) => event.preventDefault();
  } catch {
    // No IndexedDB here: the app says so itself.
  }
})();
