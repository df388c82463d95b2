package com.coupontools.sandbox.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The versions of the migration files the build ships ({@code db/migration/V<n>__*.sql}), in order. */
public final class MigrationFiles {
  private static final Pattern FILE = Pattern.compile("V([0-9]+)__.*\\.sql");

  private MigrationFiles() { }

  public static Set<String> versions() {
    try (Stream<Path> files = Files.list(Path.of(MigrationFiles.class.getClassLoader()
        .getResource("db/migration").toURI()))) {
      Set<String> out = new LinkedHashSet<>();
      files.map(p -> FILE.matcher(p.getFileName().toString())).filter(Matcher::matches)
          .map(m -> m.group(1)).sorted(Comparator.comparingInt(Integer::parseInt)).forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
