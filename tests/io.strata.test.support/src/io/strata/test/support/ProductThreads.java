package io.strata.test.support;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work the way a Job thread in the product does: on a fresh thread whose context class
 * loader is the platform class loader. tycho-surefire's own context class loader sees every bundle
 * the test bundle is wired to, which hides ServiceLoader and class-loading problems.
 */
public final class ProductThreads {

    private ProductThreads() {
    }

    /** Runs {@code work} on such a thread, waits up to 5 minutes and rethrows what it threw. */
    public static <T> T call(String name, Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<ClassLoader> seen = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            seen.set(Thread.currentThread().getContextClassLoader());
            try {
                result.set(work.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, name);
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        thread.setDaemon(true);
        thread.start();
        thread.join(300_000);
        if (thread.isAlive()) {
            thread.interrupt();
            throw new AssertionError(name + " did not finish within 5 minutes");
        }
        if (seen.get() != ClassLoader.getPlatformClassLoader()) {
            throw new AssertionError("the thread's context class loader was " + seen.get());
        }
        Throwable t = failure.get();
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
