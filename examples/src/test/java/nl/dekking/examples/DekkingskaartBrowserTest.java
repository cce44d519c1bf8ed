package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.dekking.analysis.Language;
import nl.dekking.index.CoverageMap;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.lookup.AddressQuery;
import nl.dekking.lookup.LookupResult;
import nl.dekking.model.Address;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.PublicGroup;
import nl.dekking.publish.Dekkingskaart;
import nl.dekking.publish.PublicGroups;
import nl.dekking.report.map.MapBackground;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Envelope;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the published dekkingskaart in Debian's headless Chromium (through chromedriver and Selenium): search by
 * postcode and by street with suggestions, click and keyboard on the map, both deep links, a 360 px phone, axe-core
 * and no network request at all (every request goes to a refusing proxy and is recorded in a net log). Answers are
 * compared with the library's {@link AddressLookup} on the sample. Skipped only outside CI when no Chromium or
 * chromedriver is installed; in CI ({@code CI=true}) a missing browser fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DekkingskaartBrowserTest {

  private static final String CONTACT = "veiligheid@ede.nl, 14 0318";

  private Path work;
  private Path page;
  private Path netLog;
  private ChromeDriver driver;
  private AddressLookup lookup;

  @BeforeAll
  void startChromium() throws IOException {
    Path chromium = executable("DEKKING_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
    Path chromedriver = executable("DEKKING_CHROMEDRIVER", "chromedriver");
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!ci) {
      assumeTrue(chromium != null && chromedriver != null, "no chromium/chromedriver installed (and not in CI)");
    }
    assertThat(chromium).as("chromium is needed in CI").isNotNull();
    assertThat(chromedriver).as("chromedriver (Debian: chromium-driver) is needed in CI").isNotNull();

    work = Files.createTempDirectory("dekkingskaart-browser");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DekkingCommand.execute(new String[] {"publish", "--sample", "--contact", CONTACT, "--out",
        work.resolve("site").toString()}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    page = work.resolve("site").resolve(Dekkingskaart.FILE_NAME);
    AddressLookup plain = AddressLookup.of(CoverageMap.of(SampleData.groups()), SampleData.households(), CONTACT);
    lookup = plain.withGroups(PublicGroups.of(plain, CONTACT, Language.NL));

    netLog = work.resolve("netlog.json");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(work, "profile"),
        "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--log-net-log=" + netLog,
        "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  void stopChromium() throws IOException {
    if (driver == null) {
      return;
    }
    driver.quit();
    // the net log is complete once the browser has exited: the page asked the network for nothing
    List<String> requests = new HeadlessChromium.Run("", netLog).pageRequests().stream()
        .filter(url -> !url.startsWith("file:") && !url.startsWith("data:") && !url.startsWith("about:")).toList();
    assertThat(requests).as("requests the page made").isEmpty();
  }

  @BeforeEach
  void desktop() {
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  void search_postcodeAndNumberTyped_namesTheGroupsTheLibraryNames() {
    open("");
    List<Household> households = lookup.households();
    Random random = new Random(13);
    int found = 0;
    int none = 0;
    for (int k = 0; k < 60; k++) {
      Household h = households.get(random.nextInt(households.size()));
      LookupResult expected = lookup.find(AddressQuery.of(h.address()));
      String typed = typedForm(h.address(), k);
      searchByScript(typed);
      assertThat(result()).as(typed).isEqualTo(Map.of("status", status(expected), "groups",
          String.join(" ", expected.groupIds())));
      found += expected.groups().isEmpty() ? 0 : 1;
      none += expected.groups().isEmpty() ? 1 : 0;
    }
    assertThat(found).isPositive();
    assertThat(none).isPositive();
    assertNoResourceRequests();
  }

  @Test
  void search_typedWithTheKeyboard_showsTheGroupAndHowToJoin() {
    open("");
    Household h = firstCovered();
    LookupResult expected = lookup.find(AddressQuery.of(h.address()));
    WebElement input = driver.findElement(By.id("zoek"));
    input.sendKeys(h.address().postcode().substring(0, 4) + " " + h.address().postcode().substring(4).toLowerCase()
        + " " + h.address().houseNumberDisplay() + Keys.ENTER);

    assertThat(result()).isEqualTo(Map.of("status", "found", "groups", String.join(" ", expected.groupIds())));
    PublicGroup g = expected.groups().get(0);
    String text = driver.findElement(By.id("resultaat")).getText();
    assertThat(text).contains(g.name());
    if (g.contacts().isEmpty()) {
      assertThat(text).contains(CONTACT);
    } else {
      assertThat(text).contains(g.contacts().get(0).name());
    }
    assertThat(driver.getCurrentUrl()).endsWith("#adres=" + AddressQuery.of(h.address()).compact());
  }

  @Test
  void search_unknownAddressAndNoAddress_sayUnknown() {
    open("");
    searchByScript("6731 BR 9999");
    assertThat(result()).isEqualTo(Map.of("status", "unknown", "groups", ""));
    searchByScript("hallo");
    assertThat(result()).isEqualTo(Map.of("status", "unknown", "groups", ""));
  }

  @Test
  void search_streetAndNumber_offersSuggestionsAndFindsTheAddress() {
    open("");
    Household h = firstCovered();
    Address a = h.address();
    WebElement input = driver.findElement(By.id("zoek"));
    input.sendKeys(a.street() + " " + a.houseNumber());
    List<String> suggestions = new ArrayList<>();
    for (WebElement option : driver.findElements(By.cssSelector("#suggesties option"))) {
      suggestions.add(option.getAttribute("value"));
    }
    assertThat(suggestions).contains(a.street() + " " + a.houseNumberDisplay().toLowerCase() + ", " + a.place());

    searchByScript(a.street() + " " + a.houseNumberDisplay() + ", " + a.place());
    assertThat(result()).isEqualTo(Map.of("status", "found", "groups",
        String.join(" ", lookup.find(AddressQuery.of(a)).groupIds())));
  }

  @Test
  void click_onAGroup_opensItsPanelWithStreetsAndHowToJoin() {
    open("");
    PublicGroup g = lookup.group(2);
    WebElement area = driver.findElement(By.cssSelector("#kaart [data-group-id='" + g.id() + "']"));
    new Actions(driver).moveToElement(area).click().perform();

    assertPanelShows(g);
    assertThat(driver.getCurrentUrl()).endsWith("#groep=" + g.id());
  }

  @Test
  void keyboard_tabToAGroupAndEnter_opensItsPanel() {
    open("");
    driver.findElement(By.id("zoek")).click();
    String focused = "";
    for (int i = 0; i < 30 && focused.isEmpty(); i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      focused = (String) js("var e = document.activeElement; return e.getAttribute('data-group-id') || '';");
    }
    assertThat(focused).as("a group reached with Tab").isNotEmpty();
    new Actions(driver).sendKeys(Keys.ENTER).perform();

    assertPanelShows(lookup.group(lookup.map().ordinalOf(focused)));
    assertThat(js("return document.activeElement.id")).isEqualTo("paneel");
  }

  @Test
  void deepLink_address_opensWithTheSearchDone() {
    Household h = firstCovered();
    LookupResult expected = lookup.find(AddressQuery.of(h.address()));

    open("#adres=" + AddressQuery.of(h.address()).compact());

    assertThat(result()).isEqualTo(Map.of("status", "found", "groups", String.join(" ", expected.groupIds())));
    assertThat(driver.findElement(By.id("zoek")).getAttribute("value")).isEqualTo(AddressQuery.of(h.address()).compact());
  }

  @Test
  void deepLink_group_opensItsPanel() {
    PublicGroup g = lookup.group(lookup.map().size() - 1);

    open("#groep=" + g.id());

    assertPanelShows(g);
  }

  @Test
  void phone_360PixelsWide_hasNoSidewaysScrollAndTheMapFits() {
    driver.manage().window().setSize(new Dimension(360, 740));
    open("#groep=" + lookup.group(0).id());

    long viewport = ((Number) js("return document.documentElement.clientWidth")).longValue();
    long content = ((Number) js("return document.documentElement.scrollWidth")).longValue();
    long map = ((Number) js("return Math.ceil(document.querySelector('#kaart svg').getBoundingClientRect().right)"))
        .longValue();
    assertThat(viewport).isLessThanOrEqualTo(360);
    assertThat(content).isLessThanOrEqualTo(viewport);
    assertThat(map).isLessThanOrEqualTo(viewport);
    assertThat(axeViolations()).isEmpty();
  }

  @Test
  void axe_pageWithAResultAndAPanelOpen_hasNoSeriousOrCriticalViolation() {
    open("");
    assertThat(axeViolations()).as("on load").isEmpty();
    searchByScript(AddressQuery.of(firstCovered().address()).toString());
    driver.findElement(By.cssSelector("#resultaat button")).click();
    driver.findElement(By.cssSelector("#groepen summary")).click();
    assertThat(axeViolations()).as("with a result, a panel and the list of groups open").isEmpty();
  }

  @Test
  void heerenveenSized_pageIsAtMostThreeMegabytesAndSearchesFast() throws IOException {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      double x = 185_000 + 400 * (i % 10);
      double y = 550_000 + 400 * (i / 10);
      groups.add(Group.of(String.format("G%03d", i), "Buurtpreventie " + i,
          nl.dekking.crs.RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(x, x + 400, y, y + 400))));
    }
    Random random = new Random(7);
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 23_000; i++) {
      int street = i / 40;
      String postcode = (8440 + street / 60) + "" + (char) ('A' + (street / 26) % 26) + (char) ('A' + street % 26);
      households.add(new Household("h" + i, new Address("Straat " + street, 1 + i % 40, "", "", postcode,
          "Heerenveen"), 184_600 + random.nextDouble() * 4_800, 549_600 + random.nextDouble() * 4_800));
    }
    AddressLookup plain = AddressLookup.of(CoverageMap.of(groups), households, CONTACT);
    AddressLookup big = plain.withGroups(PublicGroups.of(plain, CONTACT, Language.NL));
    Path bigPage = Dekkingskaart.write(big, MapBackground.empty(), new Dekkingskaart.Settings("", Language.NL),
        work.resolve("heerenveen"), List.of());
    assertThat(Files.size(bigPage)).isLessThanOrEqualTo(3_000_000);

    driver.get(bigPage.toUri().toString());
    Household h = households.get(17_321);
    double slowest = 0;
    for (String q : List.of(h.address().postcode() + " " + h.address().houseNumber(), "Straat 433 17",
        "8449 ZZ 1")) {
      double ms = ((Number) js("var t = performance.now(); var i = document.getElementById('zoek'); i.value = arguments[0];"
          + " document.getElementById('zoekformulier').requestSubmit(); return performance.now() - t;", q)).doubleValue();
      slowest = Math.max(slowest, ms);
    }
    System.out.printf("dekkingskaart Heerenveen-sized: %,d bytes, slowest search %.1f ms%n", Files.size(bigPage), slowest);
    assertThat(slowest).isLessThan(100);
    assertThat(result().get("groups")).isEmpty();
    searchByScript(h.address().postcode() + " " + h.address().houseNumber());
    assertThat(result().get("groups")).isEqualTo(String.join(" ", big.find(AddressQuery.of(h.address())).groupIds()));
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  private void open(String hash) {
    driver.get("about:blank");
    driver.get(page.toUri() + hash);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> js("return document.readyState").equals("complete"));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void searchByScript(String text) {
    js("var i = document.getElementById('zoek'); i.value = arguments[0];"
        + " document.getElementById('zoekformulier').requestSubmit();", text);
  }

  private Map<String, String> result() {
    WebElement r = driver.findElement(By.id("resultaat"));
    return Map.of("status", r.getAttribute("data-status"), "groups", r.getAttribute("data-groups"));
  }

  private void assertPanelShows(PublicGroup g) {
    WebElement panel = driver.findElement(By.id("paneel"));
    assertThat(panel.getAttribute("data-group")).isEqualTo(g.id());
    assertThat(driver.findElement(By.id("paneel-kop")).getText()).isEqualTo(g.name());
    List<String> streets = new ArrayList<>();
    for (WebElement li : panel.findElements(By.cssSelector("ul.streets li"))) {
      streets.add(li.getText());
    }
    assertThat(streets).isEqualTo(g.streets());
    String text = panel.getText();
    if (g.contacts().isEmpty()) {
      assertThat(text).contains(CONTACT);
    } else {
      assertThat(text).contains(g.contacts().get(0).name());
    }
  }

  private void assertNoResourceRequests() {
    assertThat(((Number) js("return performance.getEntriesByType('resource').length")).intValue()).isZero();
  }

  @SuppressWarnings("unchecked")
  private List<String> axeViolations() {
    try (InputStream in = getClass().getResourceAsStream("/axe-core/axe.min.js")) {
      assertThat(in).as("vendored axe-core").isNotNull();
      js(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + " axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
            + " return {id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 3)}; })); },"
            + " function (e) { done([{id: 'axe failed: ' + e, impact: 'critical', nodes: []}]); });");
    List<String> serious = new ArrayList<>();
    for (Map<String, Object> v : violations) {
      String impact = String.valueOf(v.get("impact"));
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(v.get("id") + " (" + impact + ") " + v.get("nodes"));
      } else {
        System.out.println("axe (" + impact + "): " + v.get("id") + " " + v.get("nodes"));
      }
    }
    return serious;
  }

  private Household firstCovered() {
    List<Household> households = lookup.households();
    for (int i = 0; i < households.size(); i++) {
      if (!lookup.groupsOf(i).isEmpty() && households.get(i).address().letter().isEmpty()) {
        return households.get(i);
      }
    }
    throw new IllegalStateException("the sample has no covered household");
  }

  private static String status(LookupResult r) {
    return switch (r.status()) {
      case FOUND -> "found";
      case NO_GROUP -> "none";
      case UNKNOWN_ADDRESS -> "unknown";
    };
  }

  /** The address as people type it, in one of several forms. */
  private static String typedForm(Address a, int k) {
    String pc = a.postcode();
    String house = a.houseNumberDisplay();
    return switch (k % 4) {
      case 0 -> pc + " " + house;
      case 1 -> pc.substring(0, 4) + " " + pc.substring(4).toLowerCase() + " " + house.toLowerCase();
      case 2 -> pc + house.toUpperCase();
      default -> pc.substring(0, 4) + " " + pc.substring(4) + " " + a.houseNumber()
          + (a.letter().isEmpty() ? "" : " " + a.letter()) + (a.suffix().isEmpty() ? "" : "-" + a.suffix());
    };
  }

  private static Path executable(String variable, String... names) {
    String configured = System.getenv(variable);
    if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
      return Path.of(configured);
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
