package nl.dekking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class DatasetClipTest {

  private static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static final Neighbourhood OTTERLO = new Neighbourhood("WK022801", "Otterlo", "GM0228", "Ede",
      wkt("POLYGON ((181000 456000, 182000 456000, 182000 457000, 181000 457000, 181000 456000))"), OptionalInt.empty());

  private static Household at(String id, double x, double y) {
    return new Household(id, Address.of("Dorpsstraat", Integer.parseInt(id.substring(1)), "6731AA", "Otterlo"), x, y);
  }

  @Test
  void clippedTo_keepsHouseholdsInsideAndOnTheBoundary_dropsThoseOutside() {
    Dataset d = Dataset.of("test", List.of(at("h1", 181500, 456500), at("h2", 182000, 456500), at("h3", 182001, 456500)),
        List.of());

    Dataset clipped = d.clippedTo(List.of(OTTERLO));

    assertThat(clipped.households()).extracting(Household::id).containsExactly("h1", "h2");
    assertThat(clipped.neighbourhoods()).containsExactly(OTTERLO);
  }

  @Test
  void clippedTo_keepsStreetsCrossingTheAreaAndThoseWithoutALine() {
    Street crossing = new Street("Dorpsstraat", "Otterlo", Optional.of(wkt("LINESTRING (180500 456500, 181500 456500)")));
    Street outside = new Street("Hoofdweg", "Loenen", Optional.of(wkt("LINESTRING (190000 456500, 190500 456500)")));
    Street noLine = Street.of("Kerkweg", "Otterlo");
    Dataset d = Dataset.of("test", List.of(), List.of()).withStreets(List.of(crossing, outside, noLine));

    assertThat(d.clippedTo(List.of(OTTERLO)).streets()).containsExactly(crossing, noLine);
  }

  @Test
  void clippedTo_noNeighbourhoods_isRefused() {
    Dataset d = Dataset.of("test", List.of(at("h1", 181500, 456500)), List.of());
    assertThatThrownBy(() -> d.clippedTo(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no neighbourhoods");
  }
}
