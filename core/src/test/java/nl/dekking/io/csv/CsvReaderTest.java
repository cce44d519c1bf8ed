package nl.dekking.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dekking.io.CoordinateColumns;
import nl.dekking.io.DataFileException;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

  @TempDir
  Path dir;

  static List<Household> read(String csv) {
    return CsvReader.readHouseholds(csv, "adressen.csv", ReadOptions.defaults());
  }

  @Test
  void readHouseholds_rdColumnsWithSemicolonsAndDecimalCommas_readsAddresses() {
    List<Household> households = read("""
        straatnaam;huisnummer;huisletter;toevoeging;postcode;woonplaats;x;y
        Dorpsstraat;12;a;;6731 AA;Otterlo;180123,4;455321,0
        Dorpsstraat;14;;2;6731AA;Otterlo;180130;455330
        """);

    assertThat(households).hasSize(2);
    Household first = households.get(0);
    assertThat(first.address().display()).isEqualTo("Dorpsstraat 12a, Otterlo");
    assertThat(first.address().postcode()).isEqualTo("6731AA");
    assertThat(first.x()).isEqualTo(180123.4);
    assertThat(first.y()).isEqualTo(455321.0);
    assertThat(first.id()).isEqualTo("2");
    assertThat(households.get(1).address().display()).isEqualTo("Dorpsstraat 14-2, Otterlo");
  }

  @Test
  void readHouseholds_lonLatColumns_areTransformedToRdNew() {
    Household h = read("""
        id,openbare_ruimte_naam,huisnummer,postcode,woonplaats_naam,lon,lat
        0072010000000001,Voorstraat,1,8861BA,Harlingen,5.92,52.96
        """).get(0);

    assertThat(h.id()).isEqualTo("0072010000000001");
    assertThat(h.x()).isCloseTo(190801.65, within(0.05));
    assertThat(h.y()).isCloseTo(552685.26, within(0.05));
  }

  @Test
  void readHouseholds_columnsNamedInOptions_areUsed() {
    String csv = """
        "Straat","Nummer","Postcode","Plaats","Oost","Noord"
        "Kerkstraat, oude deel","3","6731AB","Otterlo","180000.5","455000.25"
        """;
    assertThatThrownBy(() -> read(csv)).isInstanceOf(DataFileException.class).hasMessageContaining("address columns");

    String renamed = csv.replace("\"Nummer\"", "\"huisnummer\"").replace("\"Plaats\"", "\"woonplaats\"");
    List<Household> households = CsvReader.readHouseholds(renamed, "adressen.csv",
        ReadOptions.defaults().withCoordinates(CoordinateColumns.rd("oost", "NOORD")));

    assertThat(households.get(0).address().street()).isEqualTo("Kerkstraat, oude deel");
    assertThat(households.get(0).x()).isEqualTo(180000.5);
  }

  @Test
  void readHouseholds_quotedFieldWithLineBreak_isOneField() {
    List<Household> households = read("straat,huisnummer,postcode,woonplaats,x,y\r\n"
        + "\"Dorps\nstraat \"\"oud\"\"\",1,6731AA,Otterlo,180000,455000\r\n"
        + "Dorpsstraat,2,6731AA,Otterlo,180010,455000\r\n");

    assertThat(households).extracting(h -> h.address().street()).containsExactly("Dorps\nstraat \"oud\"", "Dorpsstraat");
    assertThat(households.get(1).id()).isEqualTo("4");
  }

  @Test
  void readHouseholds_windows1252WithoutBom_isDecoded() throws IOException {
    Path file = dir.resolve("excel.csv");
    Files.write(file, "straat;huisnummer;postcode;woonplaats;x;y\nRué;1;8401AA;Gorredijk;198000;548000\n"
        .getBytes(Charset.forName("windows-1252")));

    assertThat(CsvReader.readHouseholds(file, ReadOptions.defaults()).get(0).address().street()).isEqualTo("Rué");
  }

  @Test
  void readHouseholds_missingCoordinateColumn_failsNamingFileAndColumn() {
    assertThatThrownBy(() -> CsvReader.readHouseholds("straat,huisnummer,postcode,woonplaats,x\nA,1,6731AA,Otterlo,1\n",
        "adressen.csv", ReadOptions.defaults().withCoordinates(CoordinateColumns.rd("x", "y"))))
        .isInstanceOf(DataFileException.class)
        .hasMessage("adressen.csv: has no column 'y' for the RD New x/y coordinates; its columns are"
            + " [straat, huisnummer, postcode, woonplaats, x]");
  }

  @Test
  void readHouseholds_noCoordinateColumns_failsListingWhatWasLookedFor() {
    assertThatThrownBy(() -> read("straat,huisnummer,postcode,woonplaats\nA,1,6731AA,Otterlo\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("adressen.csv: has no coordinate columns: looked for x/y");
  }

  @Test
  void readHouseholds_missingPostcodeColumn_failsBeforeAnyRow() {
    assertThatThrownBy(() -> read("straat,huisnummer,woonplaats,x,y\nA,1,Otterlo,180000,455000\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("adressen.csv: has no address columns")
        .hasMessageContaining("its columns are [straat, huisnummer, woonplaats, x, y]");
  }

  @Test
  void readHouseholds_rowWithTooFewFields_failsNamingTheLine() {
    assertThatThrownBy(() -> read("""
        straat,huisnummer,postcode,woonplaats,x,y
        A,1,6731AA,Otterlo,180000,455000
        A,3,6731AA,Otterlo,180000
        """))
        .isInstanceOf(DataFileException.class)
        .hasMessage("adressen.csv, feature 1 (id 'line 3'): has 5 fields, the header has 6 (separator ',')");
  }

  @Test
  void readHouseholds_badNumber_failsNamingColumnAndValue() {
    assertThatThrownBy(() -> read("straat;huisnummer;postcode;woonplaats;x;y\nA;1;6731AA;Otterlo;180.000,5;455000\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("adressen.csv, feature 0 (id 'line 2'): x is not a number: '180.000,5'");
  }

  @Test
  void readHouseholds_swappedLatitudeLongitude_failsSayingSo() {
    assertThatThrownBy(() -> read("straat,huisnummer,postcode,woonplaats,lon,lat\nA,1,6731AA,Otterlo,52.1,5.8\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("feature 0 (id 'line 2')")
        .hasMessageContaining("swapped");
  }

  @Test
  void readHouseholds_unclosedQuote_failsNamingTheLine() {
    assertThatThrownBy(() -> read("straat,huisnummer,postcode,woonplaats,x,y\n\"A,1,6731AA,Otterlo,180000,455000\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("adressen.csv: line 2: a quoted field is not closed");
  }

  @Test
  void readHouseholds_municipalityColumn_filtersRows() {
    List<Household> households = CsvReader.readHouseholds("""
        straat,huisnummer,postcode,woonplaats,gemeentecode,x,y
        A,1,6731AA,Otterlo,GM0228,180000,455000
        B,1,8861BA,Harlingen,GM0072,158000,576000
        """, "adressen.csv", ReadOptions.defaults().withMunicipality("GM0072"));

    assertThat(households).extracting(h -> h.address().place()).containsExactly("Harlingen");
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(CsvReaderTest.class.getResource("/data/" + name).toURI());
  }

  /** A file of {@code n} rows, far more than one batch of rows converted together. */
  private static StringBuilder manyRows(int n) {
    StringBuilder csv = new StringBuilder("identificatie;straatnaam;huisnummer;postcode;woonplaats;x;y\n");
    for (int i = 0; i < n; i++) {
      csv.append(String.format(java.util.Locale.ROOT, "%016d;Straat %d;%d;%dAB;Plaats;%.2f;%.2f%n",
          363_010_000_000_000L + i, i % 997, 1 + i % 300, 1000 + i % 8000, 150_000 + i * 0.5, 400_000 + i * 0.25));
    }
    return csv;
  }

  @Test
  void readHouseholds_fileOfManyBatches_keepsFileOrderAndEveryField() throws IOException {
    Path file = dir.resolve("groot.csv");
    Files.writeString(file, manyRows(50_000));

    List<Household> households = CsvReader.readHouseholds(file, ReadOptions.defaults());

    assertThat(households).hasSize(50_000);
    for (int i : new int[] {0, 8191, 8192, 33_333, 49_999}) {
      Household h = households.get(i);
      assertThat(h.id()).isEqualTo(String.format("%016d", 363_010_000_000_000L + i));
      assertThat(h.address().street()).isEqualTo("Straat " + (i % 997));
      assertThat(h.address().houseNumber()).isEqualTo(1 + i % 300);
      assertThat(h.x()).isCloseTo(150_000 + i * 0.5, within(0.006));
    }
  }

  @Test
  void readHouseholds_badRowInALaterBatch_namesItsLineAndIndex() throws IOException {
    StringBuilder csv = manyRows(30_000);
    csv.append("0363019999999999;Straat;twaalf;1234AB;Plaats;150000;400000\n");
    csv.append(manyRows(20_000).substring(csv.indexOf("\n") + 1));
    Path file = dir.resolve("fout.csv");
    Files.writeString(file, csv);

    assertThatThrownBy(() -> CsvReader.readHouseholds(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("fout.csv").hasMessageContaining("line 30002").hasMessageContaining("twaalf");
  }

  @Test
  void readHouseholds_badRowBeforeAnUnclosedQuote_reportsTheBadRowFirst() throws IOException {
    StringBuilder csv = manyRows(10_000);
    csv.append("0363019999999999;Straat;1;1234AB;Plaats;niet-x;400000\n");
    csv.append(manyRows(10_000).substring(csv.indexOf("\n") + 1));
    csv.append("0363019999999998;\"Straat;1;1234AB;Plaats;150000;400000\n");
    Path file = dir.resolve("twee-fouten.csv");
    Files.writeString(file, csv);

    assertThatThrownBy(() -> CsvReader.readHouseholds(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("line 10002").hasMessageContaining("niet-x");
  }

  @Test
  void readHouseholds_unclosedQuoteAfterManyRows_namesTheLineItOpensOn() throws IOException {
    StringBuilder csv = manyRows(20_000);
    csv.append("0363019999999998;\"Straat;1;1234AB;Plaats;150000;400000\n");
    Path file = dir.resolve("quote.csv");
    Files.writeString(file, csv);

    assertThatThrownBy(() -> CsvReader.readHouseholds(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("quote.csv").hasMessageContaining("line 20002").hasMessageContaining("not closed");
  }

  @Test
  void readHouseholds_windows1252AfterManyUtf8Rows_isReadAsWindows1252() throws IOException {
    StringBuilder csv = manyRows(20_000);
    csv.append("0363019999999997;Caf\u00e9straat;1;1234AB;Plaats;150000;400000\n");
    Path file = dir.resolve("excel.csv");
    Files.write(file, csv.toString().getBytes(Charset.forName("windows-1252")));

    List<Household> households = CsvReader.readHouseholds(file, ReadOptions.defaults());

    assertThat(households).hasSize(20_001);
    assertThat(households.get(20_000).address().street()).isEqualTo("Caf\u00e9straat");
  }

  @Test
  void readHouseholds_fromAFile_equalsReadingItsText() throws IOException {
    String text = manyRows(3_000).toString();
    Path file = dir.resolve("zelfde.csv");
    Files.writeString(file, text);

    assertThat(CsvReader.readHouseholds(file, ReadOptions.defaults()))
        .containsExactlyElementsOf(CsvReader.readHouseholds(text, "zelfde.csv", ReadOptions.defaults()));
  }
}
