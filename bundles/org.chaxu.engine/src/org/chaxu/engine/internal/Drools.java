// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.internal;

import java.util.function.Supplier;

/**
 * Every call into Drools goes through here: Drools finds its services with ServiceLoader on
 * the thread's context class loader, and if the first call in a JVM cannot see the engine's
 * embedded jars, KieServices stays null for the JVM's lifetime. So the context class loader
 * is the engine bundle's own loader for the duration of each call (UI thread, Job or CLI).
 */
public final class Drools {

    private Drools() {
    }

    public static ClassLoader loader() {
        return Drools.class.getClassLoader();
    }

    public static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
