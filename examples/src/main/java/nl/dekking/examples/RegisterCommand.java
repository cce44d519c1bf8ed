package nl.dekking.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.dekking.intake.GroupFileAppender;
import nl.dekking.intake.GroupOverlap;
import nl.dekking.intake.Intake;
import nl.dekking.intake.IntakeForm;
import nl.dekking.intake.Registrar;
import nl.dekking.intake.Registration;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.io.fields.GroupFields;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dekking register}: a new group from the streets it mails in. Draws an area covering exactly the listed
 * addresses and writes a new groups file: every existing group unchanged plus the new one.
 */
@Command(name = "register", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Register a new group from its streets: draw an area covering exactly the listed addresses and",
        "write the groups file again with every existing group unchanged plus the new one."})
final class RegisterCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--households", required = true, paramLabel = "FILE", description = "Addresses: GeoJSON, GeoPackage or CSV.")
  Path households;

  @Option(names = "--groups", required = true, paramLabel = "FILE", description = "The existing groups: GeoJSON or KML.")
  Path groups;

  @Option(names = "--id", paramLabel = "ID", description = "The new group's id.")
  String id;

  @Option(names = "--name", paramLabel = "NAME", description = "The new group's name.")
  String name;

  @Option(names = "--street", paramLabel = "LINE",
      description = {"A street as written: \"Mekelweg\", \"Mekelweg 2-40 even\", \"Jaffalaan 12a\",",
          "\"Dorpsstraat 1–15 (oneven), 2–8 (even)\". Repeat for more streets."})
  List<String> streets = new ArrayList<>();

  @Option(names = "--woonplaats", paramLabel = "PLACE", description = "The woonplaats of the streets.")
  String place;

  @Option(names = "--members", paramLabel = "N", defaultValue = "0", description = "Number of members (default: 0).")
  int members;

  @Option(names = "--admin-name", paramLabel = "NAME")
  String adminName;

  @Option(names = "--admin-email", paramLabel = "EMAIL")
  String adminEmail;

  @Option(names = "--admin-phone", paramLabel = "PHONE")
  String adminPhone;

  @Option(names = "--consent", paramLabel = "PUBLIC|MUNICIPALITY_ONLY|NONE", defaultValue = "NONE",
      description = "What may be done with the admin's details (default: ${DEFAULT-VALUE}).")
  String consent;

  @Option(names = "--form", paramLabel = "FILE", description = "Register several groups from a CSV or JSON intake form.")
  Path form;

  @Option(names = "--out", required = true, paramLabel = "NEWGROUPS",
      description = "The new groups file, in the format of --groups; never one of the inputs.")
  Path out;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<Intake> intakes = intakes();
    List<Household> all = DataFiles.readHouseholds(households, ReadOptions.defaults());
    List<Group> existing = DataFiles.readGroups(groups, ReadOptions.defaults());
    List<Registration> registered = Registrar.of(all, existing).registerAll(intakes);
    List<Path> inputs = new ArrayList<>(List.of(households, groups));
    if (form != null) {
      inputs.add(form);
    }
    GroupFileAppender.append(groups, registered.stream().map(Registration::group).toList(), out, inputs);
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      stdout.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(registered)));
    } else {
      for (Registration r : registered) {
        stdout.printf(Locale.ROOT, "registered %s '%s': %,d households, %d piece%s%n", r.group().id(), r.group().name(),
            r.households().size(), r.pieces(), r.pieces() == 1 ? "" : "s");
        r.warnings().forEach(w -> stdout.println("  let op: " + w));
      }
      stdout.println("written: " + out.toAbsolutePath().normalize() + " (" + (existing.size() + registered.size()) + " groups)");
    }
    return 0;
  }

  private List<Intake> intakes() {
    if (form != null) {
      if (id != null || name != null || !streets.isEmpty()) {
        throw new IllegalArgumentException("give either --form or --id, --name and --street, not both");
      }
      return IntakeForm.read(form);
    }
    if (id == null || name == null || streets.isEmpty()) {
      throw new IllegalArgumentException("register needs --id, --name and at least one --street (or --form FILE)");
    }
    List<Contact> admins = new ArrayList<>();
    if (adminName != null) {
      admins.add(new Contact(adminName, adminEmail, adminPhone, GroupFields.parseConsent(consent)));
    } else if (adminEmail != null || adminPhone != null) {
      throw new IllegalArgumentException("--admin-email and --admin-phone need --admin-name");
    }
    return List.of(new Intake(id, name, streets, Optional.ofNullable(place), members, admins));
  }

  private Map<String, Object> json(List<Registration> registered) {
    List<Object> groupsOut = new ArrayList<>();
    for (Registration r : registered) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("id", r.group().id());
      g.put("name", r.group().name());
      g.put("households", r.households().size());
      g.put("pieces", r.pieces());
      g.put("areaM2", Math.round(r.group().area().getArea()));
      g.put("sameSpot", r.sameSpot().stream().map(h -> h.address().display()).toList());
      List<Object> overlaps = new ArrayList<>();
      for (GroupOverlap o : r.overlaps()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("name", o.name());
        m.put("areaM2", Math.round(o.areaM2() * 10) / 10.0);
        m.put("households", o.households());
        overlaps.add(m);
      }
      g.put("overlaps", overlaps);
      g.put("warnings", r.warnings());
      groupsOut.add(g);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("registered", groupsOut);
    root.put("out", out.toAbsolutePath().normalize().toString());
    return root;
  }
}
