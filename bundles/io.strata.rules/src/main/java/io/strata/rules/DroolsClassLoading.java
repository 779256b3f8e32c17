package io.strata.rules;

import java.util.function.Supplier;

import org.kie.api.KieServices;

/**
 * Drools finds its services through the thread context class loader and caches a failed lookup,
 * so every call into Drools runs with the context class loader set to the loader of the bundle
 * that holds Drools (inside OSGi, a Job thread's context loader sees nothing of it).
 */
final class DroolsClassLoading {

    private DroolsClassLoading() {
    }

    static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KieServices.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
