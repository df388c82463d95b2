package com.coupontools.examples;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's snippet is ReadmeExample (which the build compiles), line for line. */
class ReadmeExampleTest {

  /** Each ```java block of the README is in the example file of the same order, line for line. */
  @Test
  void readmeSnippetsAreTheCompiledExamples() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    List<String> files =
        List.of("ReadmeExample.java", "ReadmeFeatures.java", "ReadmeWebhooks.java");
    int from = 0;
    for (String file : files) {
      int start = readme.indexOf("```java", from);
      assertTrue(start >= 0, "README has fewer java blocks than " + files);
      int end = readme.indexOf("```", start + 7);
      String snippet = readme.substring(start + 7, end);
      List<String> example =
          Files.readAllLines(Path.of("src/test/java/com/coupontools/examples/" + file)).stream()
              .map(String::trim)
              .collect(Collectors.toList());
      for (String line : snippet.strip().split("\n")) {
        assertTrue(example.contains(line.trim()), "README line not in " + file + ": " + line);
      }
      from = end + 3;
    }
  }

  @Test
  void snippetExplainsMissingCredentials() {
    if (System.getenv("COUPONTOOLS_CLIENT_ID") == null) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> ReadmeExample.main(new String[0]));
      assertTrue(e.getMessage().startsWith("Set COUPONTOOLS_CLIENT_ID"), e.getMessage());
    }
  }
}
