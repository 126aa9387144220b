package io.keyadm.core;

import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C: the JVM's shutdown hook marks it here, so that the command thread, which may see a child
 * process die of the same signal first, neither reports that death nor prints a second line.
 */
public final class Interruption {

  private static volatile boolean shuttingDown;

  private Interruption() {}

  /** Called by the shutdown hook: kills every process keyadm started, even one ignoring SIGINT. */
  public static void begin() {
    shuttingDown = true;
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
  }

  public static boolean inProgress() {
    return shuttingDown;
  }

  /**
   * After a child died of a signal: waits briefly for the shutdown hook that the same Ctrl-C
   * starts.
   *
   * @return whether keyadm is being interrupted
   */
  public static boolean awaitShutdown() {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    while (!shuttingDown && System.nanoTime() < end) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return true;
      }
    }
    return shuttingDown;
  }

  /** Kills a process and everything it started that is still its descendant. */
  public static void killTree(ProcessHandle p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
  }
}
