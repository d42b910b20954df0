// SPDX-License-Identifier: EPL-2.0
package org.chaxu.registry;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.chaxu.engine.CheckOptions;
import org.chaxu.engine.CheckSession;
import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelLoader;
import org.chaxu.engine.RuleCatalog;

/**
 * What the registry adds to one check, inside one fresh JVM: the model with its units written in
 * the file is checked twice (the first pays for starting EMF and Drools, as any check does), then
 * the same model naming the registry's units once, each with a fresh loader as {@code chaxu check}
 * uses. Prints the wall and CPU milliseconds (all threads) of the second local check and of the
 * registry check: their difference is the registry's own cost — reading it and checking against it.
 * Usage: {@code RegistryBenchmark LOCAL_MODEL REGISTRY_MODEL}; run by releng/benchmark-registry.sh.
 */
public final class RegistryBenchmark {

    private RegistryBenchmark() {
    }

    public static void main(String[] args) {
        RuleCatalog catalog = RuleCatalog.shipped();
        check(catalog, Path.of(args[0])); // warm-up: EMF, Drools, the rules
        long[] local = check(catalog, Path.of(args[0]));
        long[] registry = check(catalog, Path.of(args[1]));
        System.out.println(local[0] + " " + local[1] + " " + registry[0] + " " + registry[1]);
    }

    /** Wall and CPU milliseconds of loading and checking one model. */
    private static long[] check(RuleCatalog catalog, Path model) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        LoadedModel loaded = new ModelLoader().load(model);
        if (!loaded.isUsable() || loaded.hasErrors() || CheckSession.check(catalog, loaded.resource(), CheckOptions.DEFAULT).isEmpty()) {
            throw new IllegalStateException(model + ": expected a usable model with a finding: " + loaded.problems());
        }
        return new long[] { (System.nanoTime() - wall) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000 };
    }
}
