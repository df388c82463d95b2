package com.coupontools.publishing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Set;

/** Copies a source tree as a clean clone would have it, and deletes trees. */
final class Tree {
  /** Build output, VCS data and local state: never part of a clean checkout. */
  private static final Set<String> SKIPPED =
      Set.of("target", ".git", "node_modules", "sandbox-data", ".idea");

  private Tree() {}

  /**
   * Copies {@code from} to {@code to} without build output. The pinned Node tools are not copied
   * (hundreds of MB): {@code to/node_modules/.bin} links to the installed ones, and the install
   * marker is copied fresh so scripts/node-tools.sh sees them as up to date (it would otherwise run
   * `npm ci` in the copy; never in the original, which is only linked).
   */
  static void copySources(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        if (!dir.equals(from) && SKIPPED.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (SKIPPED.contains(file.getFileName().toString())) {
          return FileVisitResult.CONTINUE; // e.g. node_modules as a link
        }
        Files.copy(
            file,
            to.resolve(from.relativize(file).toString()),
            StandardCopyOption.COPY_ATTRIBUTES,
            LinkOption.NOFOLLOW_LINKS);
        return FileVisitResult.CONTINUE;
      }
    });
    Path tools = from.resolve("node_modules");
    if (Files.isDirectory(tools.resolve(".bin"))) {
      Path mine = Files.createDirectories(to.resolve("node_modules"));
      Files.createSymbolicLink(mine.resolve(".bin"), tools.resolve(".bin").toRealPath());
      Path marker = tools.resolve(".package-lock.json");
      if (Files.isRegularFile(marker)) {
        Files.copy(marker, mine.resolve(".package-lock.json"));
        Files.setLastModifiedTime(
            mine.resolve(".package-lock.json"), FileTime.fromMillis(System.currentTimeMillis()));
      }
    }
  }

  /** Deletes a tree; links are removed, never followed. */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
