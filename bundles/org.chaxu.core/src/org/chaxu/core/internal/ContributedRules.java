// SPDX-License-Identifier: EPL-2.0
package org.chaxu.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.chaxu.engine.MessageCatalog;
import org.chaxu.engine.RuleSource;
import org.chaxu.core.ChaxuCore;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The DRL files and messages contributed through the {@code org.chaxu.engine.rules} extension
 * point (and the former {@code org.chaxu.ide.rules}, deprecated but still read), read lazily and
 * read again when plug-ins come and go. A malformed contribution is logged with the contributing
 * plug-in and skipped.
 */
public final class ContributedRules {

    /** The point rules are contributed to, in the headless engine bundle. */
    public static final String EXTENSION_POINT = "org.chaxu.engine.rules";
    /** The former point in this bundle: deprecated, still read so that existing rule plug-ins keep working. */
    public static final String DEPRECATED_EXTENSION_POINT = ChaxuCore.DEPRECATED_RULES_POINT;
    public static final ContributedRules INSTANCE = new ContributedRules();

    /** What the extension point holds now; replaced as a whole on every registry change. */
    public record Contributions(List<RuleSource> sources, List<Messages> messages, long stamp) {
    }

    /** A messages base name in a contributing bundle. */
    public record Messages(Bundle bundle, String base) {
        void addTo(MessageCatalog catalog) {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring != null) {
                catalog.addResources(wiring.getClassLoader(), base);
            }
        }
    }

    private volatile Contributions current;
    /** One listener per point: the registry keeps a listener once, with one filter. */
    private final IRegistryEventListener onPoint = new Invalidation();
    private final IRegistryEventListener onDeprecatedPoint = new Invalidation();
    private long changes;

    private ContributedRules() {
    }

    public Contributions get() {
        Contributions result = current;
        if (result == null) {
            synchronized (this) {
                if (current == null) {
                    current = read(Platform.getExtensionRegistry(), ++changes);
                }
                result = current;
            }
        }
        return result;
    }

    /** A message catalogue with every contributed messages file. */
    public MessageCatalog messages() {
        MessageCatalog catalog = new MessageCatalog();
        get().messages().forEach(m -> m.addTo(catalog));
        return catalog;
    }

    public void listen(IExtensionRegistry registry) {
        registry.addListener(onPoint, EXTENSION_POINT);
        registry.addListener(onDeprecatedPoint, DEPRECATED_EXTENSION_POINT);
    }

    public void stopListening(IExtensionRegistry registry) {
        registry.removeListener(onPoint);
        registry.removeListener(onDeprecatedPoint);
    }

    private static Contributions read(IExtensionRegistry registry, long stamp) {
        List<RuleSource> sources = new ArrayList<>();
        List<Messages> messages = new ArrayList<>();
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.addAll(List.of(registry.getConfigurationElementsFor(DEPRECATED_EXTENSION_POINT)));
        for (IConfigurationElement element : elements) {
            Bundle bundle = Platform.getBundle(element.getContributor().getName());
            if (bundle == null) {
                continue;
            }
            try {
                switch (element.getName()) {
                case "drl" -> sources.add(load(bundle, required(element, "file"), bundle.getEntry(required(element, "file"))));
                case "folder" -> {
                    Enumeration<URL> entries = bundle.findEntries(required(element, "path"), "*.drl", true);
                    List<URL> urls = entries == null ? List.of() : Collections.list(entries);
                    urls.stream().sorted((a, b) -> a.getPath().compareTo(b.getPath()))
                            .forEach(url -> sources.add(load(bundle, url.getPath(), url)));
                }
                case "messages" -> messages.add(new Messages(bundle, required(element, "base")));
                default -> throw new IllegalArgumentException("unknown element <" + element.getName() + ">");
                }
            } catch (RuntimeException e) {
                ILog.of(ContributedRules.class).log(Status.error("Chaxu rules contributed by "
                        + bundle.getSymbolicName() + " are ignored: " + e.getMessage(), e));
            }
        }
        return new Contributions(List.copyOf(sources), List.copyOf(messages), stamp);
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("<" + element.getName() + "> needs the attribute '" + attribute + "'");
        }
        return value;
    }

    private static RuleSource load(Bundle bundle, String path, URL url) {
        if (url == null) {
            throw new IllegalArgumentException("no file " + path);
        }
        try (InputStream in = url.openStream()) {
            String name = bundle.getSymbolicName() + "/" + (path.startsWith("/") ? path.substring(1) : path);
            return new RuleSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private synchronized void invalidate() {
        current = null;
    }

    /** Forgets what was read when contributions to a point come or go; read again at the next use. */
    private final class Invalidation implements IRegistryEventListener {
        @Override
        public void added(IExtension[] extensions) {
            invalidate();
        }

        @Override
        public void removed(IExtension[] extensions) {
            invalidate();
        }

        @Override
        public void added(IExtensionPoint[] extensionPoints) {
            invalidate();
        }

        @Override
        public void removed(IExtensionPoint[] extensionPoints) {
            invalidate();
        }
    }
}
