package dev.rinse.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Admits files into cleaning by the heap they need, so that files cleaned at once on several jobs do
 * not together exhaust a heap that holds each of them alone. A file is taken to need
 * {@value #HEAP_PER_INPUT_BYTE} bytes of heap per byte of input while it is cleaned (measured: the
 * smallest heap that cleans a 31 MB file, less that of a small one, over the file's size, was 11.7 for
 * article bodies end to end and 7.2 for a whole web page repeated; jsoup's DOM with source positions,
 * the decoded text, the change records, the output and its report page). The budget is the heap less
 * {@value #RESERVE_MB} MB for what a run holds whatever its files (rules, policy, summary, report).
 *
 * <p>Files are admitted in the order they ask, each when the files in flight leave room for it; a file
 * that needs more than the whole budget is admitted when nothing else is in flight, and runs alone.
 * So no file waits for ever and none is refused. Thread-safe.
 */
final class MemoryBudget {
  static final long HEAP_PER_INPUT_BYTE = 12;
  static final long RESERVE_MB = 32;

  private final long capacity;
  private long inUse;
  private long nextTicket;
  private long serving;
  private final Set<Long> abandoned = new HashSet<>();

  /** A budget of {@code capacity} bytes of heap; at least one byte. */
  MemoryBudget(long capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a memory budget needs at least 1 byte, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** The budget for a heap of {@code maxMemory} bytes ({@link Runtime#maxMemory()}). */
  static MemoryBudget ofHeap(long maxMemory) {
    return new MemoryBudget(Math.max(1, maxMemory - (RESERVE_MB << 20)));
  }

  /** The heap a file of {@code size} bytes is taken to need while it is cleaned. */
  static long cost(long size) {
    return Math.max(0, size) * HEAP_PER_INPUT_BYTE;
  }

  /** What one admitted file holds of the budget until it is closed; closing twice gives back once. */
  final class Admission implements AutoCloseable {
    private long held;

    private Admission(long held) {
      this.held = held;
    }

    @Override
    public void close() {
      synchronized (MemoryBudget.this) {
        inUse -= held;
        held = 0;
        MemoryBudget.this.notifyAll();
      }
    }
  }

  /**
   * Waits until a file of {@code size} bytes fits beside the files in flight (or, larger than the
   * budget, until none is in flight), after every file that asked before it; then holds its cost.
   */
  synchronized Admission admit(long size) throws InterruptedException {
    long cost = cost(size);
    long ticket = nextTicket++;
    try {
      while (ticket != serving || (inUse > 0 && inUse + cost > capacity)) {
        wait();
      }
    } catch (InterruptedException e) {
      abandoned.add(ticket); // the files after it must not wait for a turn no one takes
      advance();
      throw e;
    }
    inUse += cost;
    serving++;
    advance();
    return new Admission(cost);
  }

  /**
   * Runs the work on {@code file} once the file is admitted, and gives its share back after. A file
   * over {@code largest} bytes is refused unread, so it counts as that size.
   */
  <T> T run(Path file, long largest, Callable<T> work) throws Exception {
    long size;
    try {
      size = Math.min(Files.size(file), largest);
    } catch (IOException e) {
      size = 0; // the work reads the file and tells what is wrong with it
    }
    try (Admission admitted = admit(size)) {
      return work.call();
    }
  }

  /** Without blocking: whether a file of {@code size} bytes would be admitted now. */
  synchronized boolean wouldAdmit(long size) {
    return serving == nextTicket && (inUse == 0 || inUse + cost(size) <= capacity);
  }

  synchronized long inUse() {
    return inUse;
  }

  long capacity() {
    return capacity;
  }

  /** Moves the turn past tickets whose waits were interrupted, and wakes the waiting. */
  private void advance() {
    while (abandoned.remove(serving)) {
      serving++;
    }
    notifyAll();
  }
}
