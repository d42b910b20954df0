// SPDX-License-Identifier: EPL-2.0
package org.chaxu.install.probe;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Headless application {@code org.chaxu.install.probe.check}: run inside an Eclipse into which
 * the Chaxu update site was installed, it checks that Chaxu's bundles are there, resolve, start
 * and that every class of their own code loads.
 *
 * <pre>
 * eclipse -application org.chaxu.install.probe.check [-expect id,id,...] [-prefix org.chaxu.] [-report FILE]
 * </pre>
 *
 * The bundles checked are those named by {@code -expect} (they must be installed) plus every
 * installed bundle whose symbolic name starts with {@code -prefix}. Each is started eagerly
 * (transiently), must end up ACTIVE (RESOLVED for fragments), all classes at its root must load
 * through it, and every extension of its plugin.xml must be registered with an existing extension
 * point. The application prints a table (and writes it to {@code -report}) and
 * returns 0 when all is well, 1 otherwise, which becomes the process's exit status.
 */
public final class CheckInstallation implements IApplication {

	private static final String WHAT = "Chaxu install check";

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Report report = new Report(args);
		try {
			return report.close(check(args, report));
		} catch (Exception | LinkageError e) {
			report.failure(WHAT, e);
			return report.close(false);
		}
	}

	private static boolean check(String[] args, Report report) {
		Set<String> expected = new LinkedHashSet<>();
		String prefix = "org.chaxu.";
		for (int i = 0; args != null && i + 1 < args.length; i++) {
			if ("-expect".equals(args[i])) {
				Arrays.stream(args[++i].split("[,\\s]+")).filter(s -> !s.isEmpty()).forEach(expected::add);
			} else if ("-prefix".equals(args[i])) {
				prefix = args[++i];
			}
		}

		Bundle self = FrameworkUtil.getBundle(CheckInstallation.class);
		BundleContext bundleContext = self.getBundleContext();
		Bundle[] installed = bundleContext.getBundles();
		Set<String> byPrefix = new TreeSet<>();
		for (Bundle b : installed) {
			String name = b.getSymbolicName();
			if (name != null && !prefix.isEmpty() && name.startsWith(prefix) && b != self) {
				byPrefix.add(name);
			}
		}
		Set<String> toCheck = new LinkedHashSet<>(expected);
		toCheck.addAll(byPrefix);

		report.line(WHAT + ": " + System.getProperty("osgi.install.area", "?") + " (" + installed.length
				+ " bundles installed)");
		report.line("  expected: " + (expected.isEmpty() ? "-" : String.join(", ", expected)));
		report.line("  installed " + prefix + "*: " + (byPrefix.isEmpty() ? "-" : String.join(", ", byPrefix)));
		int failures = 0;
		if (toCheck.isEmpty()) {
			report.line("  nothing to check: no -expect and no bundle " + prefix + "*");
			failures++;
		}
		FrameworkWiring wiring = bundleContext.getBundle(0).adapt(FrameworkWiring.class);
		for (String name : toCheck) {
			List<Bundle> matches = Arrays.stream(installed).filter(b -> name.equals(b.getSymbolicName())).toList();
			if (matches.isEmpty()) {
				report.line(String.format("  %-32s %-28s %-9s %s", name, "-", "MISSING", "not installed"));
				failures++;
			}
			for (Bundle b : matches) {
				failures += check(b, wiring, report) ? 0 : 1;
			}
		}
		report.line("  EMF in this installation:");
		for (Bundle b : installed) {
			String name = b.getSymbolicName();
			if (name != null && name.startsWith("org.eclipse.emf.")) {
				report.line(String.format("    %-30s %-28s %s", name, b.getVersion(), stateName(b.getState())));
			}
		}
		if (failures > 0) {
			report.line(WHAT + ": FAILED, " + failures + " problem(s)");
			return false;
		}
		report.line(WHAT + ": " + toCheck.size() + " bundles resolved, started and loaded all their classes: OK");
		return true;
	}

	/** The bundles whose activation needs a running workbench (org.eclipse.debug.ui's activator asks for it). */
	private static final java.util.Set<String> WORKBENCH_BUNDLES = new java.util.HashSet<>();

	private static final java.util.regex.Pattern ACTIVATING = java.util.regex.Pattern
			.compile("automatically activating bundle (\\S+) ");

	/**
	 * The bundle that a class failed on because its activator needs a running workbench, which this
	 * headless check has not (the class loads in the IDE); null for any other failure. Only a failure
	 * whose causes include the workbench's "has not been created yet", or a class of a bundle known to
	 * have failed so, counts.
	 */
	static String needsWorkbench(Throwable error) {
		boolean workbench = false;
		String bundle = null;
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof IllegalStateException && "Workbench has not been created yet.".equals(t.getMessage())) {
				workbench = true;
			}
			java.util.regex.Matcher m = ACTIVATING.matcher(String.valueOf(t.getMessage()));
			if (m.find()) {
				bundle = m.group(1);
			}
		}
		if (workbench && bundle != null) {
			WORKBENCH_BUNDLES.add(bundle);
			return bundle;
		}
		if (error instanceof NoClassDefFoundError && error.getMessage() != null) {
			String missing = error.getMessage().replace('/', '.');
			for (String known : WORKBENCH_BUNDLES) {
				if (missing.startsWith(known + ".")) {
					return known;
				}
			}
		}
		return null;
	}

	/** Starts {@code b} (or resolves it, for a fragment) and loads its classes; false on any problem. */
	private static boolean check(Bundle b, FrameworkWiring wiring, Report report) {
		BundleRevision revision = b.adapt(BundleRevision.class);
		boolean fragment = revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
		String problem = null;
		if (fragment) {
			wiring.resolveBundles(List.of(b));
			if ((b.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) == 0) {
				problem = "fragment does not resolve";
			}
		} else {
			try {
				b.start(Bundle.START_TRANSIENT);
			} catch (BundleException | RuntimeException e) {
				problem = e.getMessage() + (e.getCause() != null ? " (" + e.getCause() + ")" : "");
			}
			if (problem == null && b.getState() != Bundle.ACTIVE) {
				problem = "state after start() is " + stateName(b.getState());
			}
		}
		int loaded = 0;
		List<String> classProblems = new ArrayList<>();
		List<String> workbenchOnly = new ArrayList<>();
		if (problem == null) {
			Enumeration<URL> entries = b.findEntries("/", "*.class", true);
			while (entries != null && entries.hasMoreElements()) {
				String path = entries.nextElement().getPath();
				path = path.startsWith("/") ? path.substring(1) : path;
				if (path.startsWith("META-INF/") || path.endsWith("module-info.class")
						|| path.endsWith("package-info.class")) {
					continue;
				}
				String className = path.substring(0, path.length() - ".class".length()).replace('/', '.');
				try {
					b.loadClass(className);
					loaded++;
				} catch (ClassNotFoundException | LinkageError e) {
					String needing = needsWorkbench(e);
					if (needing != null) {
						workbenchOnly.add(className + " (" + needing + ")");
					} else {
						classProblems.add(className + ": " + e);
					}
				}
			}
			if (!classProblems.isEmpty()) {
				problem = classProblems.size() + " class(es) do not load, e.g. "
						+ String.join("; ", classProblems.subList(0, Math.min(3, classProblems.size())));
			}
		}
		int extensions = 0;
		if (problem == null) {
			List<String> extensionProblems = new ArrayList<>();
			try {
				extensions = checkExtensions(b, extensionProblems);
			} catch (Exception e) {
				extensionProblems.add("plugin.xml cannot be read: " + e);
			}
			if (!extensionProblems.isEmpty()) {
				problem = String.join("; ", extensionProblems);
			}
		}
		String detail = problem != null ? problem
				: loaded + " classes loaded, " + extensions + " extensions registered"
						+ (workbenchOnly.isEmpty() ? "" : "; " + workbenchOnly.size() + " load in a running workbench only, e.g. "
								+ workbenchOnly.get(0));
		report.line(String.format("  %-32s %-28s %-9s %s", b.getSymbolicName(), b.getVersion(), stateName(b.getState()),
				detail.replace("\n", "\n      ")));
		return problem == null;
	}

	/**
	 * Checks that every {@code <extension>} of the bundle's plugin.xml is registered with an existing
	 * extension point (an extension to a point that no installed bundle declares is silently ignored
	 * by Eclipse). Adds problems to {@code problems}; returns the number of extensions found.
	 */
	private static int checkExtensions(Bundle b, List<String> problems) throws Exception {
		URL pluginXml = b.getEntry("plugin.xml");
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (pluginXml == null || registry == null) {
			return 0;
		}
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document;
		try (InputStream in = pluginXml.openStream()) {
			document = factory.newDocumentBuilder().parse(in);
		}
		NodeList extensions = document.getElementsByTagName("extension");
		for (int i = 0; i < extensions.getLength(); i++) {
			String point = ((Element) extensions.item(i)).getAttribute("point");
			String id = point.contains(".") ? point : b.getSymbolicName() + "." + point;
			IExtensionPoint extensionPoint = registry.getExtensionPoint(id);
			if (extensionPoint == null) {
				problems.add("plugin.xml extends " + id + ", an extension point no installed bundle declares");
			} else if (Arrays.stream(extensionPoint.getExtensions())
					.noneMatch(e -> b.getSymbolicName().equals(e.getContributor().getName()))) {
				problems.add("its extension to " + id + " is not registered");
			}
		}
		return extensions.getLength();
	}

	private static String stateName(int state) {
		return switch (state) {
		case Bundle.UNINSTALLED -> "UNINSTALLED";
		case Bundle.INSTALLED -> "INSTALLED";
		case Bundle.RESOLVED -> "RESOLVED";
		case Bundle.STARTING -> "STARTING";
		case Bundle.STOPPING -> "STOPPING";
		case Bundle.ACTIVE -> "ACTIVE";
		default -> Integer.toString(state);
		};
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
