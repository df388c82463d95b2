package com.coupontools.sandbox;

import java.nio.file.Path;

/**
 * The data directory is held by another running sandbox (in this or another process): SQLite's
 * one-writer design and the sandbox's in-process write queue assume one sandbox per directory.
 * Stop the other one or give this one another directory. {@code java -jar} exits with status 2.
 */
public final class DataDirectoryInUseException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;
  private final String holder;

  public DataDirectoryInUseException(Path directory, String holder) {
    super("The data directory " + directory + " is in use by another sandbox (" + holder
        + "); stop it, or start this one with another --data directory.");
    this.directory = directory;
    this.holder = holder;
  }

  /** The directory, absolute. */
  public Path directory() {
    return directory;
  }

  /** Who holds it, as its lock file says ({@code PID 1234}, or {@code unknown process}). */
  public String holder() {
    return holder;
  }
}
