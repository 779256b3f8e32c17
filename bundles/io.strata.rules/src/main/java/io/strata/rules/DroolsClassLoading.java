package io.strata.rules;

import java.util.function.Supplier;

import org.kie.api.KieServices;

/**
 * Drools finds its services through the thread context class loader and caches a failed lookup,
 * so every call into Drools runs with the context class loader set to the loader of the bundle
 * that holds Drools (inside OSGi, a Job thread's context loader sees nothing of it).
 */
final class DroolsClassLoading {

    /** Work that may throw a checked exception (reading or writing compiled rules). */
    interface Work<T, E extends Exception> {
        T get() throws E;
    }

    /** The same, without a result. */
    interface Action<E extends Exception> {
        void run() throws E;
    }

    static {
        // Drools 10.2.0 compiles a constraint to byte code after it was evaluated 20 times, and the
        // code it generates for operators such as str[startsWith] and matches calls a method that
        // does not exist (NoSuchMethodError EvaluatorHelper.initOperators): every forecast of more
        // than 20 changes would fail. Strata keeps constraints interpreted.
        if (System.getProperty("drools.jittingThreshold") == null) {
            System.setProperty("drools.jittingThreshold", "-1");
        }
    }

    private DroolsClassLoading() {
    }

    static <T> T call(Supplier<T> work) {
        return run((Work<T, RuntimeException>) work::get);
    }

    static <T, E extends Exception> T run(Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KieServices.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static <E extends Exception> void run(Action<E> work) throws E {
        run((Work<Void, E>) () -> {
            work.run();
            return null;
        });
    }
}
