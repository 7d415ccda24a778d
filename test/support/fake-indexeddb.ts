// Storage tests run on fake-indexeddb; it must be installed before Dexie is first imported.
import 'fake-indexeddb/auto';
