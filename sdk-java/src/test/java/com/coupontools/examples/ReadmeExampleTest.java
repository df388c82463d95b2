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

  @Test
  void readmeSnippetIsTheCompiledExample() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String snippet = readme.substring(readme.indexOf("```java") + 7, readme.indexOf("```", readme.indexOf("```java") + 7));
    List<String> example = Files.readAllLines(Path.of("src/test/java/com/coupontools/examples/ReadmeExample.java"))
        .stream().map(String::trim).collect(Collectors.toList());
    for (String line : snippet.strip().split("\n")) {
      assertTrue(example.contains(line.trim()), "README line not in ReadmeExample.java: " + line);
    }
  }

  @Test
  void snippetExplainsMissingCredentials() {
    if (System.getenv("COUPONTOOLS_CLIENT_ID") == null) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReadmeExample.main(new String[0]));
      assertTrue(e.getMessage().startsWith("Set COUPONTOOLS_CLIENT_ID"), e.getMessage());
    }
  }
}
