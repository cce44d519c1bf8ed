package nl.dekking.store;

/** The store contract for the embedded store. */
class InMemoryCoverageStoreTest extends CoverageStoreContractTest {

  @Override
  protected CoverageStore createStore() {
    return new InMemoryCoverageStore();
  }
}
