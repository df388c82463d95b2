package com.coupontools.sandbox.internal;

import com.coupontools.sandbox.DataDirectoryInUseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds a data directory for one sandbox: an OS file lock on {@code sandbox.lock} inside it
 * (released by the OS if the process dies, so a kill -9 leaves nothing to clean up), with the
 * holder's PID written in the file so that a second sandbox can say who has it.
 */
final class DataDirLock implements AutoCloseable {
  static final String FILE = "sandbox.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirLock acquire(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    FileChannel ch = FileChannel.open(
        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException sameJvm) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
    if (lock == null) {
      String holder = holder(ch);
      ch.close();
      throw new DataDirectoryInUseException(dir.toAbsolutePath(), holder);
    }
    ch.truncate(0);
    ch.write(
        ByteBuffer.wrap(
            ("PID " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
        0);
    ch.force(true);
    return new DataDirLock(ch, lock);
  }

  private static String holder(FileChannel ch) {
    try {
      ByteBuffer b = ByteBuffer.allocate(64);
      ch.read(b, 0);
      String text = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
      return text.matches("PID \\d+") ? text : "unknown process";
    } catch (IOException e) {
      return "unknown process";
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // closing the channel releases the lock anyway
    }
  }
}
