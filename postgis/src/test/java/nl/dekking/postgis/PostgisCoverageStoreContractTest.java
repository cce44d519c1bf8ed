package nl.dekking.postgis;

import nl.dekking.store.CoverageStore;
import nl.dekking.store.CoverageStoreContractTest;

/** The store contract for the PostGIS store, against a real PostgreSQL + PostGIS. */
class PostgisCoverageStoreContractTest extends CoverageStoreContractTest {

  @Override
  protected CoverageStore createStore() {
    return TestDatabase.get().store("dekking_contract");
  }
}
