package nl.dekking.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import nl.dekking.crs.RdNew;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.QaFinding;
import nl.dekking.index.CoverageIndex;
import nl.dekking.rules.GroupRules;
import nl.dekking.model.Audience;
import nl.dekking.model.Address;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The behaviour every {@link CoverageStore} shares. Subclasses say how to make a store; each test works in its own
 * municipality, so subclasses may share one database between tests. Geometry is inline WKT in RD New, around
 * Otterlo (x 180,000, y 450,000).
 */
public abstract class CoverageStoreContractTest {

  private static final AtomicInteger MUNICIPALITIES = new AtomicInteger();
  private static final WKTReader WKT = new WKTReader(RdNew.GEOMETRY_FACTORY);

  /** x and y of the south-west corner of the test squares. */
  protected static final double X0 = 180_000;
  protected static final double Y0 = 450_000;

  protected CoverageStore store;
  protected String municipality;

  /** A new store; it may share its backing database with other stores of the same test run. */
  protected abstract CoverageStore createStore();

  @BeforeEach
  void openStore() {
    store = createStore();
    municipality = "GM" + ProcessHandle.current().pid() + "-" + getClass().getSimpleName() + "-" + MUNICIPALITIES.incrementAndGet();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  // ---- datasets

  @Test
  void load_nothingSaved_isEmpty() {
    assertThat(store.load(municipality)).isEmpty();
    assertThat(store.export(municipality, Audience.PUBLIC)).isEmpty();
    assertThat(store.groups(municipality)).isEmpty();
    assertThat(store.groupsCovering(municipality, X0 + 5, Y0 + 5)).isEmpty();
  }

  @Test
  void save_fullDataset_loadsEqualWithGroupsSortedById() {
    Dataset dataset = fullDataset();
    store.save(municipality, dataset);

    Dataset loaded = store.load(municipality).orElseThrow();

    assertThat(loaded.name()).isEqualTo(dataset.name());
    assertThat(loaded.households()).containsExactlyElementsOf(dataset.households());
    assertThat(loaded.streets()).containsExactlyElementsOf(dataset.streets());
    assertThat(loaded.neighbourhoods()).containsExactlyElementsOf(dataset.neighbourhoods());
    assertThat(loaded.groups()).containsExactlyElementsOf(
        dataset.groups().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList());
    Group noord = loaded.groups().stream().filter(g -> g.id().equals("noord")).findFirst().orElseThrow();
    assertThat(noord.metadata()).containsExactly(Map.entry("status", "actief"), Map.entry("patrouille", "ja"));
    assertThat(noord.admins()).extracting(Contact::email).containsExactly("an@example.nl", "bert@example.nl", "");
  }

  @Test
  void save_twice_secondReplacesFirst() {
    store.save(municipality, fullDataset());
    Dataset second = Dataset.of("Wekerom", List.of(household("w1", "Edeseweg", 1, X0 + 1, Y0 + 1)),
        List.of(Group.of("w", "Wekerom", square(0, 0, 10))));

    store.save(municipality, second);

    Dataset loaded = store.load(municipality).orElseThrow();
    assertThat(loaded.name()).isEqualTo("Wekerom");
    assertThat(loaded.households()).containsExactlyElementsOf(second.households());
    assertThat(loaded.groups()).extracting(Group::id).containsExactly("w");
    assertThat(loaded.streets()).isEmpty();
    assertThat(loaded.neighbourhoods()).isEmpty();
  }

  @Test
  void save_municipalities_areIndependent() {
    String other = municipality + "-other";
    store.save(municipality, fullDataset());
    store.save(other, Dataset.of("Elders", List.of(), List.of()));

    assertThat(store.load(municipality).orElseThrow().households()).hasSize(fullDataset().households().size());
    assertThat(store.load(other).orElseThrow().households()).isEmpty();
    assertThat(store.groupsCovering(other, X0 + 5, Y0 + 5)).isEmpty();
  }

  @Test
  void save_duplicateAddressKey_storesItOnceAndReportsItAsTheAnalysisDoes() {
    List<Household> households = new ArrayList<>(fullDataset().households());
    // same key as "z1" (6731AA 1, letter case aside) and first in address order: id "a-dup" < "z1"
    households.add(new Household("a-dup", new Address("Dorpsstraat", 1, "", "", "6731AA", "Otterlo"), X0 + 3, Y0 + 3));
    households.add(new Household("zz", new Address("Dorpsstraat", 2, "", "", "6731AA", "Otterlo"), X0 + 4, Y0 + 4));
    Dataset dataset = fullDataset().withGroups(List.of());
    dataset = new Dataset(dataset.name(), households, dataset.streets(), dataset.groups(), dataset.neighbourhoods());

    SaveResult result = store.save(municipality, dataset);

    List<QaFinding.DuplicateAddress> analysed = CoverageAnalysis.withDefaults()
        .analyse(dataset, GroupRules.heerenveen()).findings(QaFinding.Kind.DUPLICATE_ADDRESS).stream()
        .map(f -> (QaFinding.DuplicateAddress) f).toList();
    assertThat(result.duplicateAddresses()).containsExactlyInAnyOrderElementsOf(analysed).hasSize(2);
    assertThat(result.duplicateAddresses().get(0).households()).extracting(Household::id).containsExactly("a-dup", "z1");
    assertThat(result.households()).isEqualTo(households.size() - 2);
    assertThat(result.droppedHouseholds()).isEqualTo(2);
    assertThat(store.load(municipality).orElseThrow().households()).extracting(Household::id)
        .containsExactly("n1", "edge", "n2", "corner", "m1", "mid", "out", "a-dup")
        .hasSize(result.households());
  }

  @Test
  void save_noDuplicates_reportsEveryHouseholdStored() {
    SaveResult result = store.save(municipality, fullDataset());

    assertThat(result.municipality()).isEqualTo(municipality);
    assertThat(result.households()).isEqualTo(fullDataset().households().size());
    assertThat(result.duplicateAddresses()).isEmpty();
  }

  @Test
  void save_duplicateHouseholdId_rejectsNamingRowAndKeepsPreviousDataset() {
    Dataset before = fullDataset();
    store.save(municipality, before);
    Dataset bad = Dataset.of("Bad", List.of(household("h1", "Dorpsstraat", 1, X0, Y0),
        household("h1", "Dorpsstraat", 2, X0, Y0)), List.of());

    assertThatThrownBy(() -> store.save(municipality, bad))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("household 1 (id 'h1') of dataset 'Bad'")
        .hasMessageContaining(municipality)
        .hasMessageContaining("repeats household 0")
        .satisfies(e -> assertThat(((InvalidDatasetException) e).row()).hasValue(1));
    assertThat(store.load(municipality).orElseThrow()).isEqualTo(sortedGroups(before));
  }

  // ---- what every store refuses alike

  @Test
  void valuesNoStoreCanKeep_cannotBeMade_soBothStoresRefuseThemAlike() {
    // NUL, lone surrogates and areas in another CRS are refused where the value is made (model.Text, Group), so
    // neither store ever meets them halfway through a save
    assertThatThrownBy(() -> household("h1", "Dorps\u0000straat", 2, X0, Y0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NUL");
    assertThatThrownBy(() -> new Group("g", "Noord \uD83D", square(0, 0, 10), 0, List.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
    assertThatThrownBy(() -> new Contact("Annemarie Geheim", "annemarie\u0000@geheim.nl", "0687654321", Consent.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    Geometry degrees = new org.locationtech.jts.geom.GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), 4326)
        .createGeometry(square(0, 0, 10));
    assertThatThrownBy(() -> Group.of("graden", "Graden", degrees)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4326");
  }

  @Test
  void save_surrogatePairsAndControlCharacters_roundTrip() {
    Group g = new Group("\uD83C\uDFE0-1", "Buurt \uD83D\uDC40 \t \\ ' \"", square(0, 0, 10), 1,
        List.of(new Contact("Zo\u00EB \uD83D\uDE00", "zoe@example.nl", "06\t1", Consent.PUBLIC)), Map.of("k\\", "v'"));
    Dataset dataset = new Dataset("Tekens \uD83C\uDFE0", List.of(new Household("h\uD83D\uDE00",
        new Address("Straat\\'\t\n", 1, "", "", "6731AA", "Otterlo"), X0, Y0)), List.of(), List.of(g), List.of());

    store.save(municipality, dataset);

    assertThat(store.load(municipality)).contains(dataset);
  }

  @Test
  void groupReads_idWithNulOrLoneSurrogate_answerNoSuchGroup() {
    store.save(municipality, fullDataset());

    for (String id : List.of("no\u0000ord", "noord\uDC00")) {
      assertThat(store.group(municipality, id)).as(id).isEmpty();
      assertThatThrownBy(() -> store.householdsCoveredBy(municipality, id)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.delete(municipality, id, 1)).isInstanceOf(ConcurrentUpdateException.class);
    }
    assertThat(store.group(municipality, "noord")).isPresent();
  }

  @Test
  void householdsIn_areaWithOtherSrid_isRefused() {
    store.save(municipality, fullDataset());
    Geometry area = square(0, 0, 100).copy();
    area.setSRID(4326);

    assertThatThrownBy(() -> store.householdsIn(municipality, area))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SRID 4326");
  }

  @Test
  void anyCall_municipalityCodeWithQuotesOrSpaces_isRefusedBeforeTouchingTheStore() {
    for (String code : List.of("GM\\')); COMMIT; DROP TABLE public.victim; --", "GM 0228", "", "GM'1", "-GM",
        "x".repeat(65), "GM\u00000228")) {
      assertThatThrownBy(() -> store.save(code, fullDataset())).as(code)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("municipality code");
      assertThatThrownBy(() -> store.load(code)).as(code).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.groupsCovering(code, X0, Y0)).as(code).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(store.load("GM0228-test_" + municipality.length())).isEmpty();
  }

  // ---- consent

  @Test
  void export_public_containsOnlyPublicContacts() {
    store.save(municipality, fullDataset());

    Dataset exported = store.export(municipality, Audience.PUBLIC).orElseThrow();

    List<Contact> contacts = exported.groups().stream().flatMap(g -> g.admins().stream()).toList();
    assertThat(contacts).isNotEmpty().allMatch(c -> c.consent() == Consent.PUBLIC);
    assertThat(contacts).extracting(Contact::name).containsExactlyInAnyOrder("An", "Dirk");
  }

  @Test
  void export_public_manyGroupsWithMixedConsent_keepsExactlyThePublicContactsInOrder() {
    java.util.Random random = new java.util.Random(11);
    List<Group> groups = new ArrayList<>();
    for (int g = 0; g < 40; g++) {
      List<Contact> admins = new ArrayList<>();
      for (int a = random.nextInt(5); a > 0; a--) {
        Consent consent = Consent.values()[random.nextInt(Consent.values().length)];
        admins.add(new Contact("beheerder " + g + "-" + a, "b" + g + a + "@example.nl", "06" + g + a, consent));
      }
      groups.add(new Group("g" + g, "Groep " + g, square(g * 10, 0, 10), g, admins, Map.of()));
    }
    store.save(municipality, Dataset.of("Gemengd", List.of(), groups));

    Dataset exported = store.export(municipality, Audience.PUBLIC).orElseThrow();

    assertThat(exported.groups().stream().flatMap(g -> g.admins().stream())).allMatch(c -> c.consent() == Consent.PUBLIC);
    for (Group original : groups) {
      Group shown = exported.groups().stream().filter(g -> g.id().equals(original.id())).findFirst().orElseThrow();
      assertThat(shown.admins()).as(original.id()).containsExactlyElementsOf(original.publicAdmins());
      assertThat(shown.withAdmins(original.admins())).isEqualTo(original);
    }
  }

  @Test
  void export_municipality_keepsEveryContactWithItsConsent() {
    store.save(municipality, fullDataset());

    Dataset exported = store.export(municipality, Audience.MUNICIPALITY).orElseThrow();

    assertThat(exported.groups().stream().flatMap(g -> g.admins().stream()))
        .extracting(Contact::name, Contact::consent).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("An", Consent.PUBLIC),
            org.assertj.core.groups.Tuple.tuple("Bert", Consent.MUNICIPALITY_ONLY),
            org.assertj.core.groups.Tuple.tuple("Cor", Consent.NONE),
            org.assertj.core.groups.Tuple.tuple("Dirk", Consent.PUBLIC));
  }

  @Test
  void load_ownUse_keepsEveryContact() {
    store.save(municipality, fullDataset());

    assertThat(store.load(municipality).orElseThrow().groups().stream().flatMap(g -> g.admins().stream()))
        .extracting(Contact::name).containsExactlyInAnyOrder("An", "Bert", "Cor", "Dirk");
  }

  // ---- groups and versions

  @Test
  void put_newGroup_isReadBackWithItsVersion() {
    store.save(municipality, fullDataset());
    Group west = Group.of("west", "West", square(-10, 0, 10));

    VersionedGroup stored = store.put(municipality, west, CoverageStore.NEW);

    assertThat(stored.group()).isEqualTo(west);
    assertThat(store.group(municipality, "west")).contains(stored);
    assertThat(store.groups(municipality)).extracting(v -> v.group().id()).containsExactly("Zuid", "midden", "noord", "west");
  }

  @Test
  void put_currentVersion_replacesGroupWithHigherVersion() {
    store.save(municipality, fullDataset());
    VersionedGroup read = store.group(municipality, "noord").orElseThrow();

    VersionedGroup written = store.put(municipality, read.group().withMembers(41), read.version());

    assertThat(written.version()).isGreaterThan(read.version());
    assertThat(store.group(municipality, "noord").orElseThrow().group().members()).isEqualTo(41);
  }

  @Test
  void put_staleVersion_throwsConflictAndKeepsTheWinner() {
    store.save(municipality, fullDataset());
    VersionedGroup read = store.group(municipality, "noord").orElseThrow();
    store.put(municipality, read.group().withMembers(30), read.version());

    assertThatThrownBy(() -> store.put(municipality, read.group().withMembers(99), read.version()))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("'noord'")
        .hasMessageContaining("version " + read.version());
    assertThat(store.group(municipality, "noord").orElseThrow().group().members()).isEqualTo(30);
  }

  @Test
  void put_newOverExistingGroup_throwsConflict() {
    store.save(municipality, fullDataset());

    assertThatThrownBy(() -> store.put(municipality, Group.of("noord", "Other", square(0, 0, 1)), CoverageStore.NEW))
        .isInstanceOf(ConcurrentUpdateException.class)
        .satisfies(e -> assertThat(((ConcurrentUpdateException) e).actualVersion()).isPresent());
  }

  @Test
  void put_versionFromBeforeResave_throwsConflict() {
    store.save(municipality, fullDataset());
    VersionedGroup read = store.group(municipality, "noord").orElseThrow();
    store.save(municipality, fullDataset());

    assertThatThrownBy(() -> store.put(municipality, read.group().withMembers(1), read.version()))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void put_withoutSavedDataset_throwsIllegalState() {
    assertThatThrownBy(() -> store.put(municipality, Group.of("a", "A", square(0, 0, 1)), CoverageStore.NEW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(municipality);
  }

  @Test
  void delete_currentVersion_removesGroupFromQueries() {
    store.save(municipality, fullDataset());
    VersionedGroup read = store.group(municipality, "noord").orElseThrow();

    store.delete(municipality, "noord", read.version());

    assertThat(store.group(municipality, "noord")).isEmpty();
    assertThat(store.groupsCovering(municipality, X0 + 5, Y0 + 15)).isEmpty();
    assertThat(store.load(municipality).orElseThrow().groups()).extracting(Group::id).doesNotContain("noord");
  }

  @Test
  void delete_staleVersion_throwsConflictAndKeepsGroup() {
    store.save(municipality, fullDataset());
    VersionedGroup read = store.group(municipality, "noord").orElseThrow();
    store.put(municipality, read.group().withMembers(5), read.version());

    assertThatThrownBy(() -> store.delete(municipality, "noord", read.version()))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.group(municipality, "noord")).isPresent();
  }

  @Test
  void delete_missingGroup_throwsConflict() {
    store.save(municipality, fullDataset());

    assertThatThrownBy(() -> store.delete(municipality, "nergens", 1))
        .isInstanceOf(ConcurrentUpdateException.class)
        .satisfies(e -> assertThat(((ConcurrentUpdateException) e).actualVersion()).isEmpty());
  }

  // ---- spatial queries

  @Test
  void groupsCovering_interiorOfOne_returnsIt() {
    store.save(municipality, fullDataset());

    assertThat(store.groupsCovering(municipality, X0 + 5, Y0 + 15)).extracting(Group::id).containsExactly("noord");
  }

  @Test
  void groupsCovering_sharedEdgeInNoInterior_returnsOnlyFirstIdInStringOrder() {
    store.save(municipality, fullDataset());

    // the edge y = Y0 + 10 between "noord" (above) and "Zuid" (below); "Z" < "n" in String order
    assertThat(store.groupsCovering(municipality, X0 + 2, Y0 + 10)).extracting(Group::id).containsExactly("Zuid");
  }

  @Test
  void groupsCovering_overlap_returnsAllSortedById() {
    store.save(municipality, fullDataset());

    // "midden" overlaps both squares around the shared edge
    assertThat(store.groupsCovering(municipality, X0 + 5, Y0 + 11)).extracting(Group::id).containsExactly("midden", "noord");
    assertThat(store.groupsCovering(municipality, X0 + 5, Y0 + 10)).extracting(Group::id)
        .containsExactly("Zuid", "midden", "noord");
  }

  @Test
  void groupsCovering_outerBoundary_isCovered() {
    store.save(municipality, fullDataset());

    assertThat(store.groupsCovering(municipality, X0, Y0 + 20)).extracting(Group::id).containsExactly("noord");
    assertThat(store.groupsCovering(municipality, X0 - 0.001, Y0 + 20)).isEmpty();
  }

  @Test
  void groupsCovering_invalidBowTie_answersAsRepaired() {
    Group bowTie = Group.of("strik", "Strik", wkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))", X0 + 100, Y0));
    store.save(municipality, Dataset.of("Strik", List.of(), List.of(bowTie)));

    assertThat(store.groupsCovering(municipality, X0 + 102, Y0 + 5)).extracting(Group::id).containsExactly("strik");
    assertThat(store.groupsCovering(municipality, X0 + 105, Y0 + 2)).isEmpty();
    Geometry stored = store.load(municipality).orElseThrow().groups().get(0).area();
    assertThat(stored.equalsExact(bowTie.area())).as("the area is stored as drawn: %s", stored).isTrue();
  }

  @Test
  void householdsCoveredBy_sharedEdge_givesEdgeHouseholdsToFirstIdOnly() {
    store.save(municipality, fullDataset());

    assertThat(store.householdsCoveredBy(municipality, "Zuid")).extracting(Household::id).containsExactly("z1", "edge", "m1", "mid");
    assertThat(store.householdsCoveredBy(municipality, "noord")).extracting(Household::id).containsExactly("n1", "n2", "corner", "mid");
    assertThat(store.householdsCoveredBy(municipality, "midden")).extracting(Household::id).containsExactly("m1", "mid");
  }

  @Test
  void householdsCoveredBy_anyGroup_equalsCoverageIndex() {
    Dataset dataset = fullDataset();
    store.save(municipality, dataset);
    CoverageIndex index = CoverageIndex.build(dataset);
    int[] out = new int[index.size()];

    for (Group g : dataset.groups()) {
      int ordinal = index.ordinalOf(g.id());
      List<Household> expected = new ArrayList<>();
      for (Household h : dataset.households()) {
        int n = index.locateAll(h.x(), h.y(), out);
        for (int i = 0; i < n; i++) {
          if (out[i] == ordinal) {
            expected.add(h);
          }
        }
      }
      assertThat(store.householdsCoveredBy(municipality, g.id())).as(g.id()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void householdsCoveredBy_unknownGroup_throws() {
    store.save(municipality, fullDataset());

    assertThatThrownBy(() -> store.householdsCoveredBy(municipality, "nergens"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nergens");
  }

  @Test
  void householdsIn_closedArea_includesBoundaryInDatasetOrder() {
    store.save(municipality, fullDataset());

    assertThat(store.householdsIn(municipality, square(0, 10, 10))).extracting(Household::id)
        .containsExactly("n1", "edge", "n2", "corner", "mid");
  }

  @Test
  void householdsIn_nothingSaved_isEmpty() {
    assertThat(store.householdsIn(municipality, square(0, 0, 100))).isEmpty();
  }

  // ---- analysis queries

  @Test
  void householdCounts_fullDataset_countsEachHouseholdOnceByTheSharedBoundaryRule() {
    store.save(municipality, fullDataset());

    CoverageCounts counts = store.householdCounts(municipality);

    assertThat(counts.households()).isEqualTo(8);
    assertThat(counts.uncovered()).isEqualTo(1);
    assertThat(counts.coveredByOne()).isEqualTo(5);
    assertThat(counts.coveredByMultiple()).isEqualTo(2);
    // "Zuid" < "midden" < "noord"; the edge household goes to Zuid only, "mid" lies in midden's interior
    assertThat(counts.groups()).containsExactly(
        Map.entry("Zuid", new CoverageCounts.GroupCount(4, 2)),
        Map.entry("midden", new CoverageCounts.GroupCount(2, 2)),
        Map.entry("noord", new CoverageCounts.GroupCount(4, 1)));
  }

  @Test
  void householdCounts_fullDataset_equalsTheCoverageAnalysis() {
    Dataset dataset = fullDataset();
    store.save(municipality, dataset);

    assertThat(store.householdCounts(municipality)).isEqualTo(
        ReportExpectations.counts(CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen())));
  }

  @Test
  void householdCounts_groupWithoutHouseholds_isListedWithZero() {
    store.save(municipality, Dataset.of("Leeg", List.of(household("a", "Dorpsstraat", 1, X0 + 50, Y0 + 50)),
        List.of(Group.of("leeg", "Leeg", square(0, 0, 10)))));

    assertThat(store.householdCounts(municipality)).isEqualTo(new CoverageCounts(1, 1, 0, 0,
        new java.util.TreeMap<>(Map.of("leeg", new CoverageCounts.GroupCount(0, 0)))));
  }

  @Test
  void householdCounts_nothingSaved_isEmpty() {
    assertThat(store.householdCounts(municipality)).isEqualTo(CoverageCounts.empty());
  }

  @Test
  void forEachUncoveredHousehold_fullDataset_streamsTheUncoveredInDatasetOrder() {
    Dataset dataset = fullDataset();
    List<Household> households = new ArrayList<>(dataset.households());
    households.add(household("out2", "Kerkweg", 11, X0 - 1, Y0 + 5));
    households.add(0, household("out0", "Kerkweg", 12, X0 + 10.5, Y0 + 5));
    store.save(municipality, new Dataset(dataset.name(), households, dataset.streets(), dataset.groups(),
        dataset.neighbourhoods()));
    List<String> seen = new ArrayList<>();

    long n = store.forEachUncoveredHousehold(municipality, h -> seen.add(h.id()));

    assertThat(seen).containsExactly("out0", "out", "out2");
    assertThat(n).isEqualTo(3);
  }

  @Test
  void forEachUncoveredHousehold_nothingSaved_callsNothing() {
    assertThat(store.forEachUncoveredHousehold(municipality, h -> {
      throw new AssertionError("called for " + h);
    })).isZero();
  }

  @Test
  void overlaps_fullDataset_listsPairsSharingAreaOrHouseholds() {
    store.save(municipality, fullDataset());

    // Zuid and noord only share an edge, but both cover "mid", which lies in midden's interior
    assertThat(store.overlaps(municipality)).containsExactly(
        new GroupOverlap("Zuid", "midden", 8, 2),
        new GroupOverlap("Zuid", "noord", 0, 1),
        new GroupOverlap("midden", "noord", 8, 1));
  }

  @Test
  void overlaps_fullDataset_areTheAnalysisOverlapsAndOverlapErrors() {
    Dataset dataset = fullDataset();
    store.save(municipality, dataset);

    assertThat(store.overlaps(municipality)).containsExactlyElementsOf(
        ReportExpectations.overlaps(CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen())));
  }

  @Test
  void overlaps_neighboursSharingOnlyAnEdge_areNone() {
    store.save(municipality, Dataset.of("Buren", List.of(household("e", "Dorpsstraat", 1, X0 + 5, Y0 + 10)),
        List.of(Group.of("a", "A", square(0, 0, 10)), Group.of("b", "B", square(0, 10, 10)))));

    assertThat(store.overlaps(municipality)).isEmpty();
  }

  @Test
  void analysisQueries_groupsWithoutHouseholds_countZeroAndOverlapByArea() {
    store.save(municipality, Dataset.of("Leeg", List.of(),
        List.of(Group.of("a", "A", square(0, 0, 10)), Group.of("b", "B", square(5, 0, 10)))));

    assertThat(store.householdCounts(municipality)).isEqualTo(new CoverageCounts(0, 0, 0, 0, new java.util.TreeMap<>(
        Map.of("a", new CoverageCounts.GroupCount(0, 0), "b", new CoverageCounts.GroupCount(0, 0)))));
    assertThat(store.forEachUncoveredHousehold(municipality, h -> { })).isZero();
    assertThat(store.overlaps(municipality)).containsExactly(new GroupOverlap("a", "b", 50, 0));
  }

  @Test
  void overlaps_nothingSaved_isEmpty() {
    assertThat(store.overlaps(municipality)).isEmpty();
  }

  // ---- data

  /**
   * Two squares sharing the edge y = Y0 + 10 ("Zuid" below, "noord" above), and "midden" overlapping both, with
   * households inside, on the shared edge, on a corner and outside.
   */
  protected static Dataset fullDataset() {
    Group zuid = new Group("Zuid", "Otterlo Zuid", square(0, 0, 10), 12,
        List.of(new Contact("Cor", "cor@example.nl", "0612345678", Consent.NONE)), Map.of());
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("status", "actief");
    metadata.put("patrouille", "ja");
    Group noord = new Group("noord", "Otterlo Noord", square(0, 10, 10), 40,
        List.of(new Contact("An", "an@example.nl", "0611111111", Consent.PUBLIC),
            new Contact("Bert", "bert@example.nl", "", Consent.MUNICIPALITY_ONLY),
            new Contact("Dirk", "", "0622222222", Consent.PUBLIC)), metadata);
    Group midden = new Group("midden", "Midden", wkt("POLYGON ((4 8, 8 8, 8 12, 4 12, 4 8))", X0, Y0), 3, List.of(),
        Map.of());
    List<Household> households = List.of(
        household("z1", "Dorpsstraat", 1, X0 + 2, Y0 + 2),
        household("n1", "Dorpsstraat", 2, X0 + 2, Y0 + 18),
        household("edge", "Dorpsstraat", 3, X0 + 2, Y0 + 10),
        household("n2", "Dorpsstraat", 4, X0 + 9, Y0 + 11),
        household("corner", "Dorpsstraat", 5, X0, Y0 + 20),
        household("m1", "Dorpsstraat", 6, X0 + 6, Y0 + 9),
        household("mid", "Dorpsstraat", 8, X0 + 5, Y0 + 10),
        household("out", "Dorpsstraat", 7, X0 + 50, Y0 + 50));
    List<Street> streets = List.of(
        new Street("Dorpsstraat", "Otterlo", Optional.of(wkt("LINESTRING (0 0, 50 50)", X0, Y0))),
        Street.of("Kerkweg", "Otterlo"));
    List<Neighbourhood> neighbourhoods = List.of(
        new Neighbourhood("BU02280101", "Otterlo-Centrum", "GM0228", "Ede", square(-100, -100, 300), OptionalInt.of(812)),
        new Neighbourhood("BU02280102", "Otterlo-Buiten", "GM0228", "Ede", square(500, 500, 10), OptionalInt.empty()));
    return new Dataset("Otterlo", households, streets, List.of(noord, zuid, midden), neighbourhoods);
  }

  protected static Household household(String id, String street, int number, double x, double y) {
    return new Household(id, new Address(street, number, "", "", "6731AA", "Otterlo"), x, y);
  }

  /** A square with its south-west corner at (X0 + dx, Y0 + dy). */
  protected static Geometry square(double dx, double dy, double size) {
    return wkt("POLYGON ((0 0, " + size + " 0, " + size + " " + size + ", 0 " + size + ", 0 0))", X0 + dx, Y0 + dy);
  }

  /** WKT in local metres, moved by (x, y). */
  protected static Geometry wkt(String text, double x, double y) {
    try {
      Geometry g = WKT.read(text);
      g.apply((org.locationtech.jts.geom.CoordinateSequenceFilter) new Translation(x, y));
      g.geometryChanged();
      return g;
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static Dataset sortedGroups(Dataset d) {
    return d.withGroups(d.groups().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList());
  }

  private record Translation(double dx, double dy) implements org.locationtech.jts.geom.CoordinateSequenceFilter {
    @Override
    public void filter(org.locationtech.jts.geom.CoordinateSequence seq, int i) {
      seq.setOrdinate(i, 0, seq.getX(i) + dx);
      seq.setOrdinate(i, 1, seq.getY(i) + dy);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
