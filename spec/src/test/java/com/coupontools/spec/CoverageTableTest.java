package com.coupontools.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.testsupport.Bundle.Op;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage table the build wrote lists every operation of the bundle once, with true counts. */
class CoverageTableTest {

  static final Path TABLE =
      Path.of(System.getProperty("api.coverage", "target/ENDPOINTS-COVERAGE.md"));

  @TempDir
  Path tmp;

  @Test
  void everyOperationIsOneRow() throws IOException {
    String md = Files.readString(TABLE);
    List<String> missingOrRepeated = new ArrayList<>();
    for (Op op : SpecBundle.INSTANCE.ops()) {
      Matcher m = Pattern.compile("\\| `" + Pattern.quote(op.id()) + "` \\|").matcher(md);
      int n = 0;
      while (m.find()) n++;
      if (n != 1) missingOrRepeated.add(op.id() + " x" + n);
    }
    assertEquals(List.of(), missingOrRepeated);
    long rows = md.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count();
    assertEquals(SpecBundle.INSTANCE.ops().size(), rows);
  }

  @Test
  void theCountsAreTheBundlesStatusesByVersion() throws IOException {
    String md = Files.readString(TABLE);
    int documented = 0;
    int inferred = 0;
    Map<String, int[]> byVersion = new LinkedHashMap<>();
    for (Op op : SpecBundle.INSTANCE.ops()) {
      String v = op.path().substring(1, 3) + " " + op.style();
      int[] c = byVersion.computeIfAbsent(v, k -> new int[2]);
      if (op.node().path("x-doc-status").asText().equals("inferred")) {
        c[1]++;
        inferred++;
      } else {
        c[0]++;
        documented++;
      }
    }
    for (Map.Entry<String, int[]> e : byVersion.entrySet()) {
      int[] c = e.getValue();
      String line = "| " + e.getKey() + " | " + c[0] + " | " + c[1] + " | " + (c[0] + c[1]) + " |";
      assertTrue(
          md.contains(line), "no line " + line + " in\n" + md.lines().limit(15).toList());
    }
    assertTrue(md.contains("| **all** | **" + documented + "** | **" + inferred + "** | **"
        + (documented + inferred) + "** |"));
  }

  @Test
  void theSdkMethodIsTheTagsAccessorAndXSdkMethod() throws IOException {
    String md = Files.readString(TABLE);
    Op op = SpecBundle.INSTANCE.ops().stream()
        .filter(o -> o.node().has("x-sdk-method"))
        .findFirst()
        .orElseThrow();
    String expected =
        "`client." + CoverageTable.accessor(op.node().path("tags").path(0).asText()) + "()."
            + op.node().path("x-sdk-method").asText() + "(…)`";
    assertTrue(
        md.lines().anyMatch(l -> l.contains("`" + op.id() + "`") && l.contains(expected)),
        expected);
    assertEquals("loyaltyCards", CoverageTable.accessor("LoyaltyCards"));
    assertEquals("v4DirectoryUserGet", CoverageTable.camel("v4_directory_user_get"));
  }

  @Test
  void anotherModuleAddsAColumnFromATsvFile() throws IOException {
    Path tsv = tmp.resolve("sandbox.tsv");
    Files.writeString(tsv, "# operationId<TAB>value\nv4_directory_list\tyes\n");
    Path out = tmp.resolve("COVERAGE.md");
    CoverageTable.main(new String[] {
      System.getProperty("spec.bundle", "target/openapi.yaml"), out.toString(), "Sandbox=" + tsv
    });
    String md = Files.readString(out);
    assertTrue(
        md.lines().anyMatch(l -> l.contains("`v4_directory_list`") && l.endsWith("| yes | — |")),
        md);
    assertTrue(md.lines().anyMatch(l -> l.contains("`campaign_list`") && l.endsWith("| — | — |")));
  }
}
