package org.briefdesk.search.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;

/**
 * Times calls in wall-clock time and in CPU time. On a shared machine the wall time of a call is
 * mostly the queue for a core; the CPU time of the calling thread plus that of the threads the call
 * hands work to (the search pool, whose threads this meter creates) is the call's own cost, whatever
 * the load. GC and JIT threads are not counted.
 */
final class CallMeter {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Thread> pool = new CopyOnWriteArrayList<>();

    CallMeter() {
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    /** Creates the worker threads whose CPU time is counted with each call. */
    ThreadFactory threadFactory(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            pool.add(t);
            return t;
        };
    }

    /** A call that may throw, as index calls do. */
    interface Call<T> {
        T run() throws Exception;
    }

    Sample sample() {
        return new Sample();
    }

    <T> T time(Sample into, Call<T> call) throws java.io.IOException {
        long cpu0 = cpuNow();
        long t0 = System.nanoTime();
        try {
            return call.run();
        } catch (java.io.IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            long wall = System.nanoTime() - t0;
            into.add(wall, cpuNow() - cpu0);
        }
    }

    private long cpuNow() {
        long sum = Math.max(0, threads.getCurrentThreadCpuTime());
        for (Thread t : pool) sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
        return sum;
    }

    /** Wall and CPU nanoseconds of the calls timed into it. */
    static final class Sample {
        private long[] wall = new long[64];
        private long[] cpu = new long[64];
        private int n;

        void add(long wallNanos, long cpuNanos) {
            if (n == wall.length) {
                wall = Arrays.copyOf(wall, n * 2);
                cpu = Arrays.copyOf(cpu, n * 2);
            }
            wall[n] = wallNanos;
            cpu[n++] = cpuNanos;
        }

        String wall(int... percentiles) {
            return pcts(Arrays.copyOf(wall, n), percentiles);
        }

        String cpu(int... percentiles) {
            return pcts(Arrays.copyOf(cpu, n), percentiles);
        }
    }

    /** Nearest-rank percentiles of nanosecond figures, in ms with one decimal, joined by " / ". */
    static String pcts(long[] nanos, int... ps) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        StringBuilder sb = new StringBuilder();
        for (int p : ps) {
            if (sb.length() > 0) sb.append(" / ");
            sb.append(String.format(
                    Locale.ROOT, "%.1f", s[Math.min(s.length - 1, (int) Math.ceil(s.length * p / 100.0) - 1)] / 1e6));
        }
        return sb.toString();
    }
}
