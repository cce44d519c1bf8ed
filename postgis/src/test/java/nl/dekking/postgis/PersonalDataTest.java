package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.store.CoverageStore;
import nl.dekking.store.CoverageStoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A contact's name, e-mail and phone never appear in an error: not in the store's message, not in any cause,
 * suppressed or next exception, not in a stack trace's text. The database refuses the contacts here through a
 * check constraint the test adds, whose error detail ("Failing row contains (...)") quotes the whole row.
 */
class PersonalDataTest {

  private static final String SCHEMA = "dekking_private";
  private static final Contact SECRET = new Contact("Geertruida Verborgen", "geertruida@verborgen.nl", "0698765432",
      Consent.NONE);

  @BeforeAll
  static void refuseTheSecretContact() throws SQLException {
    TestDatabase.get().store(SCHEMA).close();
    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE " + SCHEMA + ".contact DROP CONSTRAINT IF EXISTS no_secrets");
      s.execute("ALTER TABLE " + SCHEMA + ".contact ADD CONSTRAINT no_secrets CHECK (email NOT LIKE '%verborgen%')");
    }
  }

  @Test
  void save_contactRefusedByTheDatabase_errorHoldsNoContactDetails() {
    try (PostgisCoverageStore store = TestDatabase.get().store(SCHEMA)) {
      Throwable e = catchThrowable(() -> store.save("GM-P1", datasetWith(SECRET)));

      assertThat(e).isInstanceOf(CoverageStoreException.class)
          .hasMessageContaining("could not save dataset 'Privé' of municipality GM-P1")
          .hasMessageContaining("check constraint is violated (table contact, constraint no_secrets)");
      assertThat(((CoverageStoreException) e).sqlState()).contains("23514");
      assertThat(e.getCause()).as("the driver's exception is kept as the cause").isInstanceOf(SQLException.class);
      assertNoContactDetails(e);
      assertThat(store.load("GM-P1")).isEmpty();
    }
  }

  @Test
  void put_contactRefusedByTheDatabase_errorHoldsNoContactDetails() {
    try (PostgisCoverageStore store = TestDatabase.get().store(SCHEMA)) {
      store.save("GM-P2", Dataset.of("Privé", List.of(), List.of()));

      Throwable e = catchThrowable(() -> store.put("GM-P2", groupWith(SECRET), CoverageStore.NEW));

      assertThat(e).isInstanceOf(CoverageStoreException.class).hasMessageContaining("could not write group 'g'");
      assertNoContactDetails(e);
    }
  }

  @Test
  void save_dataSourceThatLogsServerDetail_causeIsReplacedByACopyWithoutThem() {
    TestDatabase db = TestDatabase.get();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(db.url);
    ds.setUser(db.user);
    ds.setPassword(db.password);
    ds.setLogServerErrorDetail(true); // the driver's default

    try (PostgisCoverageStore store = PostgisCoverageStore.builder().dataSource(ds).schema(SCHEMA).build()) {
      Throwable e = catchThrowable(() -> store.save("GM-P3", datasetWith(SECRET)));

      assertThat(e).isInstanceOf(CoverageStoreException.class).hasMessageContaining("no_secrets");
      assertThat(((CoverageStoreException) e).sqlState()).contains("23514");
      assertNoContactDetails(e);
    }
  }

  private static Dataset datasetWith(Contact contact) {
    return Dataset.of("Privé", List.of(), List.of(groupWith(contact)));
  }

  private static Group groupWith(Contact contact) {
    return new Group("g", "Groep", BulkImportTest.square("g", 100_000, 400_000, 10).area(), 3,
        List.of(new Contact("Openbaar", "open@example.nl", "", Consent.PUBLIC), contact), Map.of());
  }

  private static Throwable catchThrowable(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the call returned instead of failing");
  }

  /** Every message and stack trace of the error, its causes, suppressed and next exceptions. */
  private static void assertNoContactDetails(Throwable e) {
    StringWriter all = new StringWriter();
    e.printStackTrace(new PrintWriter(all));
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
          next.printStackTrace(new PrintWriter(all));
          all.append(String.valueOf(next.getMessage()));
        }
      }
    }
    assertThat(all.toString()).contains("no_secrets")
        .doesNotContain("Geertruida", "Verborgen", "verborgen", "0698765432", "open@example.nl", "Openbaar");
  }
}
