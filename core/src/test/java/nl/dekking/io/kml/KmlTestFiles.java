package nl.dekking.io.kml;

/** KML test documents shared by the KML and DataFiles tests. */
public final class KmlTestFiles {

  public static final String SQUARE = "5.92,52.96,0 5.93,52.96,0 5.93,52.965,0 5.92,52.965,0 5.92,52.96,0";
  public static final String HOLE = "5.924,52.962 5.926,52.962 5.926,52.963 5.924,52.963 5.924,52.962";
  public static final String EAST = "5.94,52.96 5.95,52.96 5.95,52.965 5.94,52.965 5.94,52.96";

  /** A Google My Maps export, shortened: one layer (Folder), styles, ExtendedData, a marker. */
  public static final String MY_MAPS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <kml xmlns="http://www.opengis.net/kml/2.2">
        <Document>
          <name>Dekkingskaart WhatsApp Buurtpreventie</name>
          <Style id="poly-0288D1-1200-77-nodesc-normal"><LineStyle><color>ff d18802</color></LineStyle></Style>
          <Folder>
            <name>Groepen Heerenveen</name>
            <Placemark>
              <name>Heerenveen-Noord &amp; Oost</name>
              <description><![CDATA[beheerder: J. de Vries<br>leden: 38]]></description>
              <styleUrl>#poly-0288D1-1200-77-nodesc</styleUrl>
              <ExtendedData>
                <Data name="id"><value>HV-01</value></Data>
                <Data name="beheerder"><displayName>Beheerder</displayName><value>J. de Vries</value></Data>
                <Data name="leden"><value>38</value></Data>
              </ExtendedData>
              <Polygon>
                <outerBoundaryIs><LinearRing><tessellate>1</tessellate><coordinates>
                  %s
                </coordinates></LinearRing></outerBoundaryIs>
                <innerBoundaryIs><LinearRing><coordinates>%s</coordinates></LinearRing></innerBoundaryIs>
              </Polygon>
            </Placemark>
            <Placemark id="pm-2">
              <name>Skoatterwâld</name>
              <ExtendedData><SchemaData schemaUrl="#s"><SimpleData name="leden">12</SimpleData></SchemaData></ExtendedData>
              <MultiGeometry>
                <Point><coordinates>5.925,52.9625,0</coordinates></Point>
                <Polygon><outerBoundaryIs><LinearRing><coordinates>%s</coordinates></LinearRing></outerBoundaryIs></Polygon>
                <Polygon><outerBoundaryIs><LinearRing><coordinates>%s</coordinates></LinearRing></outerBoundaryIs></Polygon>
              </MultiGeometry>
            </Placemark>
            <Placemark>
              <name>Verzamelpunt</name>
              <Point><coordinates>5.925,52.9625,0</coordinates></Point>
            </Placemark>
          </Folder>
        </Document>
      </kml>
      """.formatted(SQUARE, HOLE, SQUARE, EAST);

  private KmlTestFiles() {
  }
}
