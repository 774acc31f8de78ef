package dev.rinse.cli;

import dev.rinse.run.RunStop;
import java.util.concurrent.CountDownLatch;

/**
 * Turns Ctrl-C (SIGINT, or any other orderly end of the JVM) during a command into a stop request: a
 * shutdown hook asks the run to stop, then waits until the command has finished (the files in flight, the
 * summary, what it prints), after which the JVM ends, with status 130 for SIGINT. Close it when the
 * command is done, which lets a waiting hook return, or removes the hook when there was no signal.
 */
final class Interruptible implements AutoCloseable {
  private final Thread hook;
  private final CountDownLatch finished = new CountDownLatch(1);

  private Interruptible(RunStop stop) {
    this.hook = new Thread(() -> {
      stop.request();
      try {
        finished.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "rinse-interrupt");
  }

  static Interruptible onSignal(RunStop stop) {
    Interruptible interruptible = new Interruptible(stop);
    Runtime.getRuntime().addShutdownHook(interruptible.hook);
    return interruptible;
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is ending: the hook is running, and returns now
    }
  }
}
