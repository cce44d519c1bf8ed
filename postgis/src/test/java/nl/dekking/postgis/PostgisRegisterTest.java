package nl.dekking.postgis;

import nl.dekking.intake.RegisterIntoStoreContractTest;
import nl.dekking.store.CoverageStore;

/** Registering a group into the PostGIS store, against a real PostgreSQL + PostGIS. */
class PostgisRegisterTest extends RegisterIntoStoreContractTest {

  @Override
  protected CoverageStore createStore() {
    return TestDatabase.get().store("dekking_intake");
  }
}
