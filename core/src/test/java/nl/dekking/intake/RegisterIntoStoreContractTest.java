package nl.dekking.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Address;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.store.CoverageStore;
import nl.dekking.store.VersionedGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Registering a group into a {@link CoverageStore} through the interface only: every store implementation runs this
 * (the in-memory one here, PostGIS in the postgis module).
 */
public abstract class RegisterIntoStoreContractTest {

  private static final String MUNICIPALITY = "GM-INTAKE";
  protected CoverageStore store;

  /** A new store. */
  protected abstract CoverageStore createStore();

  @BeforeEach
  void open() {
    store = createStore();
    store.save(MUNICIPALITY, town());
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Two parallel streets, 20 houses each, 15 m apart along the street and 60 m between the streets. */
  private static Dataset town() {
    List<Household> households = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      households.add(new Household("a" + i, Address.of("Mekelweg", i, "2628AA", "Delft"), 155_000 + 15 * i, 446_000));
      households.add(new Household("b" + i, Address.of("Jaffalaan", i, "2628AB", "Delft"), 155_000 + 15 * i, 446_060));
    }
    Group existing = Group.of("A-1", "Jaffalaan", RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(155_000, 155_320, 446_040, 446_080)));
    return Dataset.of("Delft", households, List.of(existing));
  }

  @Test
  void register_intoStore_putsANewGroupCoveringExactlyTheListedHouseholdsAndLeavesTheOthers() {
    VersionedGroup before = store.group(MUNICIPALITY, "A-1").orElseThrow();
    Intake intake = new Intake("M-1", "Mekelweg even", List.of("mekelweg 2-20 even"), Optional.of("Delft"), 8,
        List.of(new Contact("Jan", "jan@example.nl", "0612345678", Consent.MUNICIPALITY_ONLY)));

    Registration r = Registrar.register(store, MUNICIPALITY, intake);

    assertThat(store.group(MUNICIPALITY, "A-1")).contains(before);
    VersionedGroup stored = store.group(MUNICIPALITY, "M-1").orElseThrow();
    assertThat(stored.group().members()).isEqualTo(8);
    assertThat(store.householdsIn(MUNICIPALITY, stored.group().area())).extracting(Household::id)
        .containsExactlyInAnyOrder("a2", "a4", "a6", "a8", "a10", "a12", "a14", "a16", "a18", "a20");
    assertThat(r.households()).hasSize(10);
    assertThat(r.overlaps()).isEmpty();
  }

  @Test
  void register_existingId_isRefused() {
    Intake intake = new Intake("A-1", "dubbel", List.of("Mekelweg"), Optional.empty(), 0, List.of());

    assertThatThrownBy(() -> Registrar.register(store, MUNICIPALITY, intake)).hasMessageContaining("groep 'A-1' bestaat al");
  }

  @Test
  void register_streetOverlappingAGroup_namesTheGroupAndItsHouseholds() {
    Intake intake = new Intake("J-2", "Jaffalaan 1-5", List.of("Jaffalaan 1-5"), Optional.empty(), 0, List.of());

    Registration r = Registrar.register(store, MUNICIPALITY, intake);

    assertThat(r.overlaps()).singleElement().satisfies(o -> {
      assertThat(o.id()).isEqualTo("A-1");
      assertThat(o.households()).isEqualTo(5);
    });
    assertThat(r.warnings()).anyMatch(w -> w.contains("overlapt groep A-1"));
  }
}
