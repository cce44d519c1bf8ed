package nl.dekking.intake;

import nl.dekking.store.CoverageStore;
import nl.dekking.store.InMemoryCoverageStore;

/** Registering into the embedded store. */
class InMemoryRegisterTest extends RegisterIntoStoreContractTest {

  @Override
  protected CoverageStore createStore() {
    return new InMemoryCoverageStore();
  }
}
