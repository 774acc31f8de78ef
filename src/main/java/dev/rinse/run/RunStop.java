package dev.rinse.run;

/**
 * Asks a running clean to stop: it admits no further file, lets the files in flight finish, and ends with
 * a summary marked interrupted. Requested from any thread (a shutdown hook on Ctrl-C); thread-safe.
 */
public final class RunStop {
  private volatile boolean requested;

  public void request() {
    requested = true;
  }

  public boolean requested() {
    return requested;
  }
}
