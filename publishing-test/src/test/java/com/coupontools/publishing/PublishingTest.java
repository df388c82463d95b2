package com.coupontools.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Publishing, end to end: a real {@code mvn deploy -Prelease} of the published modules, built again
 * from a clean copy of the tree, into {@code target/local-repo}; then a consumer that can see only
 * that repository for com.coupontools. See this module's README.
 */
class PublishingTest {
  static final Path KIT = Path.of(required("kit.root"));
  static final String VERSION = required("kit.version");
  static final Path BUILD = Path.of(required("build.dir"));
  static final Path REPO = BUILD.resolve("local-repo");
  static final String REPO_ID = "coupontools-local";
  static final String DEMO_ID = "publishing-test-id";
  static final String DEMO_SECRET = "publishing-test-secret";

  /** What is published, and where this reactor build left each file. */
  static final List<Published> PUBLISHED = List.of(
      new Published("coupontools-openapi", "", "pom", "spec/target/.flattened-pom.xml"),
      new Published("coupontools-openapi", "", "jar", "spec/target/coupontools-openapi-@V@.jar"),
      new Published(
          "coupontools-openapi",
          "sources",
          "jar",
          "spec/target/coupontools-openapi-@V@-sources.jar"),
      new Published("coupontools-openapi", "", "yaml", "spec/target/openapi.yaml"),
      new Published("coupontools-openapi", "", "json", "spec/target/openapi.json"),
      new Published("coupontools-java", "", "pom", "sdk-java/target/.flattened-pom.xml"),
      new Published("coupontools-java", "", "jar", "sdk-java/target/coupontools-java-@V@.jar"),
      new Published(
          "coupontools-java", "sources", "jar", "sdk-java/target/coupontools-java-@V@-sources.jar"),
      new Published(
          "coupontools-java", "javadoc", "jar", "sdk-java/target/coupontools-java-@V@-javadoc.jar"),
      new Published("coupontools-sandbox", "", "pom", "sandbox/target/.flattened-pom.xml"),
      new Published("coupontools-sandbox", "", "jar", "sandbox/target/coupontools-sandbox-@V@.jar"),
      new Published(
          "coupontools-sandbox",
          "sources",
          "jar",
          "sandbox/target/coupontools-sandbox-@V@-sources.jar"),
      new Published(
          "coupontools-sandbox",
          "javadoc",
          "jar",
          "sandbox/target/coupontools-sandbox-@V@-javadoc.jar"),
      new Published(
          "coupontools-sandbox", "runnable", "jar", "sandbox/target/coupontools-sandbox.jar"),
      new Published(
          "coupontools-sandbox-junit", "", "pom", "sandbox-junit/target/.flattened-pom.xml"),
      new Published(
          "coupontools-sandbox-junit",
          "",
          "jar",
          "sandbox-junit/target/coupontools-sandbox-junit-@V@.jar"),
      new Published(
          "coupontools-sandbox-junit",
          "sources",
          "jar",
          "sandbox-junit/target/coupontools-sandbox-junit-@V@-sources.jar"),
      new Published(
          "coupontools-sandbox-junit",
          "javadoc",
          "jar",
          "sandbox-junit/target/coupontools-sandbox-junit-@V@-javadoc.jar"),
      new Published("coupontools-bom", "", "pom", "bom/target/.flattened-pom.xml"));

  static Proc deploy;
  static Path gpgHome;
  static Map<Published, Path> deployed;
  static final Map<String, String> report = new LinkedHashMap<>();

  record Published(String artifactId, String classifier, String ext, String reactorPath) {
    Path reactorFile() {
      return KIT.resolve(reactorPath.replace("@V@", VERSION));
    }

    String coordinates() {
      return artifactId + (classifier.isEmpty() ? "" : ":" + classifier) + ":" + ext;
    }
  }

  /** Step 1: rebuild the published modules from a clean copy and `mvn deploy` them, signed. */
  @BeforeAll
  static void deployFromACleanCopy() throws Exception {
    Path copy = BUILD.resolve("rebuild");
    Files.createDirectories(BUILD);
    Tree.delete(copy);
    Tree.delete(REPO);
    Tree.copySources(KIT, copy);

    // -Djib.skip: the container image is no published artifact (sandbox/README.md), so not rebuilt
    // here
    List<String> cmd = new ArrayList<>(List.of(
        mvn(),
        "-B",
        "-ntp",
        "deploy",
        "-DskipTests",
        "-Djib.skip=true",
        "-Dmaven.install.skip=true",
        "-pl",
        "spec,sdk-java,bom,sandbox,sandbox-junit",
        "-am",
        "-Dmaven.repo.local=" + required("outer.repo.local"),
        "-DaltDeploymentRepository=" + REPO_ID + "::" + REPO.toUri(),
        "-Prelease"));
    // never -o, even in an offline build: maven-deploy-plugin refuses to deploy offline, file: or
    // not
    if (Proc.onPath("gpg")) {
      gpgHome = Files.createTempDirectory("ct-gpg");
      cmd.add("-Dgpg.homedir=" + gpgHome);
      cmd.add("-Dgpg.keyname=" + throwAwayKey(gpgHome));
    }
    deploy =
        Proc.run(cmd, copy, Map.of(), BUILD.resolve("rebuild-deploy.log"), Duration.ofMinutes(25));
    report.put(
        "clean rebuild + mvn deploy -Prelease",
        deploy.took.toSeconds() + " s"
            + (gpgHome == null
                ? " (gpg not on PATH: unsigned)"
                : " (signed with a throw-away key)"));
    if (deploy.ok()) {
      deployed = findDeployed();
    }
  }

  @AfterAll
  static void writeReport() throws Exception {
    if (gpgHome != null) {
      try {
        Proc.output(List.of("gpgconf", "--homedir", gpgHome.toString(), "--kill", "all"), BUILD);
      } catch (IOException e) {
        // an agent that already left is fine
      }
      Tree.delete(gpgHome);
    }
    StringBuilder text = new StringBuilder("Publishing test (" + VERSION + ")\n");
    report.forEach((k, v) -> text.append("  ").append(k).append(": ").append(v).append('\n'));
    Files.writeString(BUILD.resolve("publishing-report.txt"), text.toString());
    System.out.print(text);
  }

  @Test
  void deployPutsEveryPublishedFileAndNothingElseInTheFileRepository() throws Exception {
    assertDeployed();
    Set<String> unexpected = new TreeSet<>();
    for (Path f : artifactFiles()) {
      if (!deployed.containsValue(f)) {
        unexpected.add(REPO.relativize(f).toString());
      }
    }
    assertEquals(
        Set.of(),
        unexpected,
        "deployed but not in the published list (only published modules set "
            + "kit.publish.skip=false)");
  }

  /** Two clean builds: this reactor's and the rebuild in target/rebuild, in another directory, later. */
  @Test
  void everyPublishedFileIsByteIdenticalToThisBuildsOwn() throws Exception {
    assertDeployed();
    StringBuilder table = new StringBuilder();
    List<String> differ = new ArrayList<>();
    for (Published p : PUBLISHED) {
      Path mine = p.reactorFile();
      assertTrue(Files.isRegularFile(mine), "this build did not produce " + mine);
      String a = sha256(mine);
      String b = sha256(deployed.get(p));
      if (!a.equals(b)) {
        differ.add(p.coordinates() + ": " + mine + " " + a + " vs rebuilt " + b);
      }
      table.append(String.format(
          "%n    %-42s %,11d B  sha256 %s  %s",
          p.coordinates(),
          Files.size(mine),
          a.substring(0, 16),
          a.equals(b) ? "identical" : "DIFFERENT"));
    }
    report.put("artifacts (two clean builds compared)", table.toString());
    assertEquals(
        List.of(),
        differ,
        "not reproducible (or this build's own file is stale: compare after "
            + "`mvn clean verify`, or run scripts/check-reproducible.sh)");
  }

  @Test
  void everyPublishedFileIsSignedAndTheSignatureVerifies() throws Exception {
    assertDeployed();
    assumeTrue(gpgHome != null, "gpg is not on PATH: the release profile was run without a key");
    for (Published p : PUBLISHED) {
      Path file = deployed.get(p);
      Path asc = file.resolveSibling(file.getFileName() + ".asc");
      assertTrue(Files.isRegularFile(asc), "no signature deployed for " + p.coordinates());
      String out = Proc.output(
          List.of(
              "gpg",
              "--batch",
              "--homedir",
              gpgHome.toString(),
              "--verify",
              asc.toString(),
              file.toString()),
          BUILD);
      assertTrue(out.contains("Good signature"), out);
    }
    report.put("signatures", PUBLISHED.size() + " .asc files deployed, all verify");
  }

  /** What a consumer's build reads: no parent, no build section, no build paths, no test deps. */
  @Test
  void consumerPomsAreFlat() throws Exception {
    assertDeployed();
    Set<String> allowed = Set.of(
        "modelVersion",
        "groupId",
        "artifactId",
        "version",
        "packaging",
        "name",
        "description",
        "url",
        "licenses",
        "developers",
        "scm",
        "dependencies");
    for (Published p : PUBLISHED) {
      if (!p.ext().equals("pom")) {
        continue;
      }
      String xml = Files.readString(deployed.get(p));
      Element project = DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(deployed.get(p).toFile())
          .getDocumentElement();
      for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e) {
          boolean bomSection = p.artifactId().equals("coupontools-bom")
              && e.getTagName().equals("dependencyManagement");
          assertTrue(
              allowed.contains(e.getTagName()) || bomSection,
              p.artifactId() + " POM has <" + e.getTagName() + ">:\n" + xml);
        }
      }
      assertFalse(
          xml.contains("<scope>test</scope>"),
          p.artifactId() + " lists test dependencies:\n" + xml);
      assertFalse(
          xml.contains(KIT.toString()) || xml.contains(BUILD.toString()),
          "a build path in\n" + xml);
      // the BOM's versions are its own version; everything else is written out
      assertFalse(
          xml.replace("${project.version}", "").contains("${"), "unresolved expression in\n" + xml);
    }
  }

  /**
   * Step 3: the README's consumer, with an empty local repository. com.coupontools can come only from
   * target/local-repo; third-party artifacts come from this build's local repository, read as a
   * releases-only remote (snapshots off, so none of our SNAPSHOTs), then Central for anything else.
   */
  @Test
  void aConsumerBuildsFromTheFileRepositoryAloneAndRunsAgainstTheSandbox() throws Exception {
    assertDeployed();
    Path work = BUILD.resolve("consumer");
    Path freshRepo = BUILD.resolve("consumer-m2");
    Tree.delete(work);
    Tree.delete(freshRepo);
    Tree.copySources(KIT.resolve("publishing-test/consumer"), work);
    Path settings = BUILD.resolve("consumer-settings.xml");
    Files.writeString(settings, consumerSettings(Path.of(required("outer.repo.local"))));

    Process sandbox = new ProcessBuilder(
            java(),
            "-jar",
            deployed.get(find("coupontools-sandbox", "runnable")).toString(),
            "--port",
            "0",
            "--data",
            "mem",
            "--client-id",
            DEMO_ID,
            "--client-secret",
            DEMO_SECRET)
        .redirectError(BUILD.resolve("sandbox.err").toFile())
        .start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
      String ready = CompletableFuture.supplyAsync(() -> {
            try {
              return out.readLine();
            } catch (IOException e) {
              return null;
            }
          })
          .get(90, TimeUnit.SECONDS);
      Matcher m = Pattern.compile("Sandbox listening on (http://127\\.0\\.0\\.1:\\d+)")
          .matcher(String.valueOf(ready));
      assertTrue(m.matches(), "the deployed runnable sandbox jar said: " + ready);

      Proc consumer = Proc.run(
          List.of(
              mvn(),
              "-B",
              "-ntp",
              "-s",
              settings.toString(),
              "-Dmaven.repo.local=" + freshRepo,
              "-Dcoupontools.version=" + VERSION,
              "test",
              "exec:java"),
          work,
          Map.of(
              "COUPONTOOLS_CLIENT_ID",
              DEMO_ID,
              "COUPONTOOLS_CLIENT_SECRET",
              DEMO_SECRET,
              "COUPONTOOLS_BASE_URL",
              m.group(1)),
          BUILD.resolve("consumer.log"),
          Duration.ofMinutes(10));
      assertTrue(consumer.ok(), consumer.describe());
      String log = consumer.output();
      // the sandbox's seeded campaigns, listed through the SDK the consumer resolved
      assertTrue(log.contains("cam_123456  20% off your next purchase"), consumer.describe());
      // the published JUnit 5 kit ran its test: in-process sandbox, tenant, delivered webhook
      assertTrue(
          log.contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0"), consumer.describe());
      assertTrue(log.contains("delivered and verified"), consumer.describe());
      report.put(
          "consumer (empty local repo: test with the kit + exec:java)",
          consumer.took.toSeconds() + " s");
    } finally {
      sandbox.toHandle().destroy();
      if (!sandbox.waitFor(20, TimeUnit.SECONDS)) {
        sandbox.destroyForcibly();
      }
    }
    assertResolvedOnlyFromTheFileRepository(freshRepo);
    assertTheBomPairsTheSdkWithItsContract(freshRepo);
  }

  /** Every com.coupontools file the consumer has came from target/local-repo; no parent POM needed. */
  static void assertResolvedOnlyFromTheFileRepository(Path freshRepo) throws IOException {
    Path ours = freshRepo.resolve("com/coupontools");
    assertTrue(Files.isDirectory(ours.resolve("coupontools-bom")), "the BOM was not resolved");
    assertTrue(Files.isDirectory(ours.resolve("coupontools-java")), "the SDK was not resolved");
    assertFalse(
        Files.exists(ours.resolve("coupontools-api-kit")),
        "the consumer needed the kit's parent POM: a published POM is not flat");
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ours)) {
      for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String name = f.getFileName().toString();
        if (name.startsWith("maven-metadata-")
            && !name.startsWith("maven-metadata-" + REPO_ID + ".xml")) {
          foreign.add(ours.relativize(f).toString());
        }
        if (name.equals("_remote.repositories")) {
          for (String line : Files.readAllLines(f)) {
            if (!line.startsWith("#") && !line.isBlank() && !line.endsWith(">" + REPO_ID + "=")) {
              foreign.add(ours.relativize(f) + ": " + line);
            }
          }
        }
      }
    }
    assertEquals(List.of(), foreign, "com.coupontools resolved from somewhere else");

    // where the third-party artifacts came from (an empty list from Central = offline-capable)
    Map<String, Integer> origins = new TreeMap<>();
    try (Stream<Path> files = Files.walk(freshRepo)) {
      for (Path f : files
          .filter(p -> p.getFileName().toString().equals("_remote.repositories"))
          .collect(Collectors.toList())) {
        for (String line : Files.readAllLines(f)) {
          int gt = line.lastIndexOf('>');
          if (!line.startsWith("#") && gt > 0 && line.endsWith("=")) {
            origins.merge(line.substring(gt + 1, line.length() - 1), 1, Integer::sum);
          }
        }
      }
    }
    report.put("consumer's files by origin", origins.toString());
  }

  /**
   * The BOM gives the consumer an SDK generated from the very contract its coupontools-openapi
   * holds: the SDK records the sha256 of its bundle (BuildInfo.SPEC_SHA256), the spec jar carries it.
   */
  static void assertTheBomPairsTheSdkWithItsContract(Path freshRepo) throws Exception {
    Path sdkJar = snapshotOrRelease(
        freshRepo.resolve("com/coupontools/coupontools-java/" + VERSION),
        "coupontools-java",
        "jar");
    Path specJar = snapshotOrRelease(
        freshRepo.resolve("com/coupontools/coupontools-openapi/" + VERSION),
        "coupontools-openapi",
        "jar");
    String recorded;
    try (ZipFile z = new ZipFile(sdkJar.toFile());
        InputStream in =
            z.getInputStream(z.getEntry("com/coupontools/internal/openapi.yaml-sdk.sha256"))) {
      recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    String contract;
    try (ZipFile z = new ZipFile(specJar.toFile());
        InputStream in = z.getInputStream(z.getEntry("openapi/openapi.yaml"))) {
      contract =
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
    assertEquals(
        contract,
        recorded,
        "the consumer's SDK was generated from another bundle than its coupontools-openapi");
  }

  /** The README's Publishing snippets are the consumer's code, so the test above runs them. */
  @Test
  void readmeSnippetsAreTheConsumer() throws IOException {
    String readme = Files.readString(KIT.resolve("README.md"));
    int start = readme.indexOf("\n## Publishing");
    assertTrue(start >= 0, "README.md has no '## Publishing' section");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    String pom = Files.readString(KIT.resolve("publishing-test/consumer/pom.xml"))
        .replace("${coupontools.version}", VERSION);
    String code = Files.readString(
        KIT.resolve("publishing-test/consumer/src/main/java/example/ListCampaigns.java"));
    assertContainsBlock(section, "xml", pom);
    assertContainsBlock(section, "java", code);
  }

  static void assertContainsBlock(String markdown, String lang, String source) {
    Matcher m = Pattern.compile("```" + lang + "\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    assertTrue(m.find(), "no ```" + lang + " block in the README's Publishing section");
    String block = squash(m.group(1));
    assertTrue(
        squash(source).contains(block),
        "README ```" + lang + " block is not in the consumer:\n" + m.group(1));
  }

  static String squash(String s) {
    return s.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("<!--") && !l.startsWith("//"))
        .map(l -> l.replaceAll("\\s*//.*$", ""))
        .collect(Collectors.joining("\n"));
  }

  // ---------------------------------------------------------------------------------------------

  static void assertDeployed() throws IOException {
    if (!deploy.ok()) {
      fail("mvn deploy of the clean copy failed: " + deploy.describe());
    }
  }

  static Map<Published, Path> findDeployed() throws IOException {
    Map<Published, Path> found = new LinkedHashMap<>();
    for (Published p : PUBLISHED) {
      Path dir = REPO.resolve("com/coupontools/" + p.artifactId() + "/" + VERSION);
      found.put(
          p,
          snapshotOrRelease(
              dir,
              p.artifactId(),
              (p.classifier().isEmpty() ? "" : "-" + p.classifier()) + "." + p.ext()));
    }
    return found;
  }

  /** A-1.0.jar, or the newest A-1.0-20261125.101010-3.jar of a SNAPSHOT. */
  static Path snapshotOrRelease(Path dir, String artifactId, String suffix) throws IOException {
    String s = suffix.startsWith("-") || suffix.startsWith(".") ? suffix : "." + suffix;
    String base = VERSION.replace("-SNAPSHOT", "");
    Pattern name = Pattern.compile(Pattern.quote(artifactId + "-") + "(" + Pattern.quote(VERSION)
        + "|" + Pattern.quote(base) + "-\\d{8}\\.\\d{6}-\\d+)" + Pattern.quote(s));
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> name.matcher(f.getFileName().toString()).matches())
          .max(Path::compareTo)
          .orElseThrow(() -> new AssertionError("not deployed: " + artifactId + s + " in " + dir));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new AssertionError("not deployed: " + dir);
    }
  }

  static Published find(String artifactId, String classifier) {
    return PUBLISHED.stream()
        .filter(p -> p.artifactId().equals(artifactId)
            && p.classifier().equals(classifier)
            && p.ext().equals("jar"))
        .findFirst()
        .orElseThrow();
  }

  /** The deployed artifacts themselves: no metadata, checksums or signatures. */
  static List<Path> artifactFiles() throws IOException {
    try (Stream<Path> files = Files.walk(REPO)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> {
            String n = f.getFileName().toString();
            return !n.startsWith("maven-metadata")
                && !n.matches(".*\\.(md5|sha1|sha256|sha512|asc)$");
          })
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** A local repository keeps no checksums; its files were checked when they were downloaded. */
  private static final String CACHE_POLICY =
      "          <releases><checksumPolicy>ignore</checksumPolicy></releases>\n"
          + "          <snapshots><enabled>false</enabled></snapshots>\n";

  static String consumerSettings(Path thirdPartyCache) {
    String repos = "        <repository>\n"
        + "          <id>" + REPO_ID + "</id>\n"
        + "          <url>" + REPO.toUri() + "</url>\n"
        + "          <snapshots><enabled>true</enabled></snapshots>\n"
        + "        </repository>\n"
        + "        <repository>\n"
        + "          <id>third-party-cache</id>\n"
        + "          <url>" + thirdPartyCache.toUri() + "</url>\n"
        + CACHE_POLICY
        + "        </repository>\n";
    return "<settings>\n"
        + "  <profiles>\n"
        + "    <profile>\n"
        + "      <id>publishing-test</id>\n"
        + "      <repositories>\n" + repos + "      </repositories>\n"
        + "      <pluginRepositories>\n"
        + "        <pluginRepository>\n"
        + "          <id>third-party-cache</id>\n"
        + "          <url>" + thirdPartyCache.toUri() + "</url>\n"
        + CACHE_POLICY
        + "        </pluginRepository>\n"
        + "      </pluginRepositories>\n"
        + "    </profile>\n"
        + "  </profiles>\n"
        + "  <activeProfiles><activeProfile>publishing-test</activeProfile></activeProfiles>\n"
        + "</settings>\n";
  }

  static String throwAwayKey(Path home) throws IOException, InterruptedException {
    Proc.output(
        List.of(
            "gpg",
            "--batch",
            "--homedir",
            home.toString(),
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
            "--quick-generate-key",
            "Coupontools publishing test <publishing-test@example.invalid>",
            "ed25519",
            "sign",
            "1d"),
        BUILD);
    for (String line : Proc.output(
            List.of(
                "gpg",
                "--batch",
                "--homedir",
                home.toString(),
                "--with-colons",
                "--list-secret-keys"),
            BUILD)
        .split("\n")) {
      if (line.startsWith("fpr:")) {
        return line.split(":")[9];
      }
    }
    throw new IOException("no fingerprint for the generated key");
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  static String mvn() {
    return Path.of(required("maven.home"), "bin", "mvn").toString();
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static String required(String property) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(
          "system property " + property + " is not set (run through Maven)");
    }
    return v;
  }
}
