package nl.dekking.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Household;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

class AreaBuilderTest {

  private static final StreetSelector SELECTOR = StreetSelector.of(OtterloAddresses.ALL);

  /** The households of the whole town the area covers that it should not, and the listed ones it misses. */
  private static List<Household> misplaced(Geometry area, List<Household> listed, List<Household> sameSpot) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
    Map<Household, Boolean> in = new HashMap<>();
    listed.forEach(h -> in.put(h, true));
    sameSpot.forEach(h -> in.put(h, true));
    List<Household> wrong = new ArrayList<>();
    for (Household h : OtterloAddresses.ALL) {
      boolean covered = prepared.covers(RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y())));
      if (covered != in.containsKey(h)) {
        wrong.add(h);
      }
    }
    return wrong;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Dorpsstraat 1–15 (oneven), 2–8 (even)",
      "Vijverlaan|Bovenweg 1-99 oneven|Karweg",
      "Edeseweg 2-60 even|De Ring|Het Laar",
      "Roekelseweg 20-30",
      "Arnhemseweg 10-40|Sportlaan|De Dries|Boumanlaan 1-9"})
  void build_streetList_coversExactlyTheListedAddresses(String lines) {
    List<String> streets = List.of(lines.split("\\|"));
    Optional<String> place = lines.contains("Edeseweg") || lines.contains("Roekelseweg") ? Optional.of("Wekerom") : Optional.of("Otterlo");
    List<Household> listed = SELECTOR.select(streets, place);

    AreaBuilder.DrawnArea drawn = AreaBuilder.withDefaults().build(OtterloAddresses.ALL, listed);

    assertThat(drawn.area().isValid()).isTrue();
    assertThat(misplaced(drawn.area(), listed, drawn.sameSpot())).isEmpty();
  }

  @Test
  void build_addressSharingASpotWithAListedOne_isTakenAlongAndNamed() {
    List<Household> listed = SELECTOR.select(List.of("Roekelseweg 25"), Optional.of("Wekerom")).stream()
        .filter(h -> h.address().letter().isEmpty()).toList();

    AreaBuilder.DrawnArea drawn = AreaBuilder.withDefaults().build(OtterloAddresses.ALL, listed);

    assertThat(drawn.sameSpot()).singleElement().satisfies(h -> assertThat(h.address().houseNumberDisplay()).isEqualToIgnoringCase("25a"));
    assertThat(misplaced(drawn.area(), listed, drawn.sameSpot())).isEmpty();
  }

  @Test
  void build_housesFarApart_fallsApartInPieces() {
    List<Household> listed = SELECTOR.select(List.of("Dorpsstraat 1", "Roekelseweg 20"), Optional.empty());

    AreaBuilder.DrawnArea drawn = AreaBuilder.withDefaults().build(OtterloAddresses.ALL, listed);

    assertThat(drawn.pieces()).isEqualTo(2);
  }

  @Test
  void build_areaStaysWithinReachOfTheHouses() {
    List<Household> listed = SELECTOR.select(List.of("Dorpsstraat"), Optional.of("Otterlo"));
    List<Geometry> discs = new ArrayList<>();
    for (Household h : listed) {
      discs.add(RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y())).buffer(AreaBuilder.DEFAULT_REACH + 2.5));
    }

    AreaBuilder.DrawnArea drawn = AreaBuilder.withDefaults().build(OtterloAddresses.ALL, listed);

    Geometry reach = org.locationtech.jts.operation.union.UnaryUnionOp.union(discs);
    assertThat(reach.covers(drawn.area())).isTrue();
    assertThat(Collections.frequency(List.of(drawn.area().isEmpty()), true)).isZero();
  }
}
