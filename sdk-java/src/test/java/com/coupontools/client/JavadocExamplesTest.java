package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every {@code <pre>{@code …}</pre>} example in the SDK's javadoc — hand-written and generated —
 * compiles against the SDK: each becomes the body of a method of one class that imports the
 * public packages and declares the two names examples may use freely ({@code client} and
 * {@code code}, a single-use code). Examples are compiled, not run.
 */
class JavadocExamplesTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*\\}</pre>", Pattern.DOTALL);

  static final class Example {
    final String where;
    final String body;

    Example(String where, String body) {
      this.where = where;
      this.body = body;
    }
  }

  private static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    for (Path root : List.of(
        Path.of("src/main/java"), Path.of("target/generated-sources/openapi/src/main/java"))) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      }
      for (Path f : files) {
        Matcher m = EXAMPLE.matcher(Files.readString(f));
        while (m.find()) {
          String body = Stream.of(m.group(1).split("\n"))
              .map(l -> l.replaceFirst("^\\s*\\* ?", ""))
              .collect(Collectors.joining("\n"));
          out.add(new Example(f.toString(), body));
        }
      }
    }
    return out;
  }

  @Test
  void everyJavadocExampleCompiles() throws IOException {
    List<Example> examples = examples();
    assertTrue(
        examples.size() >= 40,
        examples.size() + " examples: the generated request models have one each");
    StringBuilder src = new StringBuilder(
        "package examples;\n"
            + "import com.coupontools.api.*;\nimport com.coupontools.client.*;\nimport com.coupontools.errors.*;\n"
            + "import java.time.*;\nimport java.util.*;\nimport java.util.concurrent.*;\n"
            + "@SuppressWarnings(\"unused\")\nclass Examples {\n  CoupontoolsClient client;\n  SingleUseCode code;\n");
    List<Integer> firstLines = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      src.append("  void example").append(i).append("() throws Exception {\n");
      firstLines.add((int) src.chars().filter(c -> c == '\n').count() + 1);
      src.append(examples.get(i).body).append("\n  }\n");
    }
    src.append("}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file =
        new SimpleJavaFileObject(
            java.net.URI.create("string:///examples/Examples.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return src;
          }
        };
    StringWriter errors = new StringWriter();
    Path out = Files.createDirectories(Path.of("target", "javadoc-examples"));
    boolean ok = javac
        .getTask(
            errors,
            null,
            d -> {
              int line = (int) d.getLineNumber();
              int example = 0;
              while (example + 1 < firstLines.size() && firstLines.get(example + 1) <= line) {
                example++;
              }
              errors.write("\n" + examples.get(example).where + ": " + d.getMessage(null) + "\n"
                  + examples.get(example).body + "\n");
            },
            List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path")),
            null,
            List.of(file))
        .call();
    assertEquals("", errors.toString().trim(), "javadoc examples that do not compile");
    assertTrue(ok);
  }
}
