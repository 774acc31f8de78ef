package dev.rinse.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest {
  private static final long CAPACITY = MemoryBudget.cost(10);

  @Test
  void filesAreAdmittedWhileTheyFitAndTheirShareComesBackOnClose() throws Exception {
    MemoryBudget budget = new MemoryBudget(CAPACITY);
    MemoryBudget.Admission first = budget.admit(6);

    assertThat(budget.inUse()).isEqualTo(MemoryBudget.cost(6));
    assertThat(budget.wouldAdmit(4)).isTrue();
    assertThat(budget.wouldAdmit(5)).isFalse();
    MemoryBudget.Admission second = budget.admit(4);
    assertThat(budget.wouldAdmit(1)).isFalse();
    first.close();
    first.close();
    assertThat(budget.inUse()).isEqualTo(MemoryBudget.cost(4));
    assertThat(budget.wouldAdmit(6)).isTrue();
    second.close();
    assertThat(budget.inUse()).isZero();
  }

  @Test
  void aFileLargerThanTheBudgetRunsAlone() throws Exception {
    MemoryBudget budget = new MemoryBudget(CAPACITY);
    try (MemoryBudget.Admission huge = budget.admit(1000)) {
      assertThat(budget.inUse()).isGreaterThan(budget.capacity());
      assertThat(budget.wouldAdmit(1)).isFalse();
    }
    MemoryBudget.Admission small = budget.admit(1);
    Thread huge = waiter(budget, 1000, new ConcurrentLinkedQueue<>());

    assertWaiting(huge);
    small.close();
    huge.join();
    assertThat(budget.inUse()).isZero();
  }

  @Test
  void filesAreAdmittedInTheOrderTheyAsk() throws Exception {
    MemoryBudget budget = new MemoryBudget(CAPACITY);
    MemoryBudget.Admission held = budget.admit(5);
    ConcurrentLinkedQueue<Long> admitted = new ConcurrentLinkedQueue<>();
    Thread large = waiter(budget, 9, admitted);
    assertWaiting(large);

    assertThat(budget.wouldAdmit(2)).isFalse(); // a small file would fit, but the large one asked first
    Thread small = waiter(budget, 2, admitted);
    assertWaiting(small);
    held.close();
    large.join();
    small.join();
    assertThat(admitted).containsExactly(9L, 2L);
  }

  @Test
  void anInterruptedWaitGivesUpItsTurn() throws Exception {
    MemoryBudget budget = new MemoryBudget(CAPACITY);
    MemoryBudget.Admission held = budget.admit(9);
    ConcurrentLinkedQueue<Long> admitted = new ConcurrentLinkedQueue<>();
    Thread large = waiter(budget, 8, admitted);
    assertWaiting(large);
    large.interrupt();
    large.join();

    assertThat(admitted).isEmpty();
    assertThat(budget.wouldAdmit(1)).isTrue();
    budget.admit(1).close();
    held.close();
    assertThat(budget.inUse()).isZero();
  }

  @Test
  void manyFilesOfEverySizeOnManyThreadsAllFinishWithinTheBudget() throws Exception {
    MemoryBudget budget = new MemoryBudget(CAPACITY);
    long[] inFlight = new long[2]; // files, their costs: what the workers hold, under its own lock
    ConcurrentLinkedQueue<String> overruns = new ConcurrentLinkedQueue<>();
    Random random = new Random(7);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      long[] sizes = random.longs(200, 0, 14).toArray(); // some over the whole budget
      Thread thread = new Thread(() -> {
        for (long size : sizes) {
          try (MemoryBudget.Admission a = budget.admit(size)) {
            synchronized (inFlight) {
              inFlight[0]++;
              inFlight[1] += MemoryBudget.cost(size);
              if (inFlight[1] > CAPACITY && inFlight[0] > 1) {
                overruns.add(inFlight[0] + " files holding " + inFlight[1]);
              }
            }
            synchronized (inFlight) {
              inFlight[0]--;
              inFlight[1] -= MemoryBudget.cost(size);
            }
          } catch (InterruptedException e) {
            overruns.add("interrupted");
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join(120_000);
      assertThat(thread.isAlive()).as("a thread still waits: deadlock").isFalse();
    }

    assertThat(overruns).isEmpty();
    assertThat(budget.inUse()).isZero();
  }

  @Test
  void runGivesTheShareBackWhenTheWorkFails() {
    MemoryBudget budget = new MemoryBudget(CAPACITY);

    assertThatThrownBy(() -> budget.run(Path.of("no-such-file"), 1 << 20, () -> {
      throw new IOException("unreadable");
    })).isInstanceOf(IOException.class);
    assertThat(budget.inUse()).isZero();
  }

  @Test
  void aFileOverTheSizeLimitCountsAsTheLimit(@TempDir Path temp) throws Exception {
    MemoryBudget budget = new MemoryBudget(CAPACITY);
    Path file = Files.write(temp.resolve("big.html"), new byte[1000]);

    long held = budget.run(file, 4, budget::inUse);

    assertThat(held).isEqualTo(MemoryBudget.cost(4));
    assertThat(budget.inUse()).isZero();
  }

  private static Thread waiter(MemoryBudget budget, long size, ConcurrentLinkedQueue<Long> admitted) {
    Thread thread = new Thread(() -> {
      try (MemoryBudget.Admission a = budget.admit(size)) {
        admitted.add(size);
      } catch (InterruptedException e) {
        // gave up its turn
      }
    });
    thread.start();
    return thread;
  }

  /** Until the thread has either finished or waits in admit: it must wait. */
  private static void assertWaiting(Thread thread) {
    while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TERMINATED) {
      Thread.onSpinWait();
    }
    assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
  }
}
