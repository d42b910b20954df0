// SPDX-License-Identifier: EPL-2.0
package org.chaxu.install.probe;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Headless application {@code org.chaxu.install.probe.sitecheck}: run inside an Eclipse
 * <em>before</em> an update site is installed into it, it names the requirements of the unit to
 * install that neither this installation (its p2 profile) nor the site can meet.
 *
 * <pre>
 * eclipse -application org.chaxu.install.probe.sitecheck -site URI -iu ID [-report FILE]
 * </pre>
 *
 * It follows the non-optional requirements (whose filters match the profile's environment) from
 * the unit through the units the site would add, and reports every requirement that no installed
 * and no offered unit satisfies, in p2's words. It is not p2's planner, which runs next in the build
 * and has the last word; it exists because the planner only says "one or more required items could
 * not be found" without naming them. Exit status 0 when nothing is missing, 1 otherwise.
 */
public final class CheckSite implements IApplication {

	private static final String WHAT = "Chaxu site check";

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

	private static boolean check(String[] args, Report report) throws Exception {
		URI site = null;
		String root = null;
		for (int i = 0; args != null && i + 1 < args.length; i++) {
			if ("-site".equals(args[i])) {
				site = URI.create(args[++i]);
			} else if ("-iu".equals(args[i])) {
				root = args[++i];
			}
		}
		if (site == null || root == null) {
			report.line(WHAT + ": FAILED, usage: -application org.chaxu.install.probe.sitecheck -site URI -iu ID");
			return false;
		}

		BundleContext bundleContext = FrameworkUtil.getBundle(CheckSite.class).getBundleContext();
		// p2's services are declarative services of lazily activated bundles: activate those bundles.
		for (Bundle b : bundleContext.getBundles()) {
			String name = b.getSymbolicName();
			if (name != null && (name.startsWith("org.eclipse.equinox.p2.") || name.equals("org.apache.felix.scr"))
					&& b.getHeaders("").get("Fragment-Host") == null) {
				b.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
			}
		}
		ServiceReference<IProvisioningAgentProvider> providerRef = bundleContext
				.getServiceReference(IProvisioningAgentProvider.class);
		if (providerRef == null) {
			report.line(WHAT + ": FAILED, this Eclipse has no p2 agent provider");
			return false;
		}
		URI installArea = URI.create(System.getProperty("osgi.install.area"));
		IProvisioningAgent agent = bundleContext.getService(providerRef).createAgent(installArea.resolve("p2/"));
		try {
			String profileId = System.getProperty("eclipse.p2.profile", "DefaultProfile");
			IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
			if (profile == null) {
				report.line(WHAT + ": FAILED, no p2 profile " + profileId + " in " + installArea);
				return false;
			}
			IMetadataRepository repository = agent.getService(IMetadataRepositoryManager.class).loadRepository(site,
					null);
			Set<IInstallableUnit> installed = profile.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
			Set<IInstallableUnit> offered = repository.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
			IInstallableUnit environment = environment(profile);
			List<IInstallableUnit> candidates = new ArrayList<>(installed);
			offered.stream().filter(iu -> iu.getFilter() == null || iu.getFilter().isMatch(environment))
					.forEach(candidates::add);

			report.line(WHAT + ": can " + root + " from " + site + " install into " + installArea + " (profile "
					+ profileId + ", " + installed.size() + " units installed)?");
			String rootId = root;
			Optional<IInstallableUnit> start = offered.stream().filter(iu -> iu.getId().equals(rootId))
					.max(Comparator.comparing(IInstallableUnit::getVersion));
			if (start.isEmpty()) {
				report.line("  MISSING  the site has no unit " + root);
				report.line(WHAT + ": FAILED, the site does not offer " + root);
				return false;
			}
			Set<IInstallableUnit> added = new LinkedHashSet<>();
			Set<String> missing = new LinkedHashSet<>();
			Deque<IInstallableUnit> todo = new ArrayDeque<>();
			todo.add(start.get());
			added.add(start.get());
			while (!todo.isEmpty()) {
				IInstallableUnit iu = todo.poll();
				for (IRequirement requirement : iu.getRequirements()) {
					if (requirement.getMin() == 0 || requirement.getMax() == 0
							|| (requirement.getFilter() != null && !requirement.getFilter().isMatch(environment))) {
						continue; // optional, negative, or not for this platform
					}
					if (installed.stream().anyMatch(u -> u.satisfies(requirement))) {
						continue;
					}
					Optional<IInstallableUnit> provider = candidates.stream().filter(u -> u.satisfies(requirement))
							.max(Comparator.comparing(IInstallableUnit::getVersion));
					if (provider.isEmpty()) {
						missing.add("  MISSING  " + iu.getId() + " " + iu.getVersion() + " requires '" + requirement
								+ "', which neither the installation nor the site provides");
					} else if (added.add(provider.get())) {
						todo.add(provider.get());
					}
				}
			}
			missing.forEach(report::line);
			report.line("  the site would add: " + added.stream().map(iu -> iu.getId() + " " + iu.getVersion())
					.sorted().reduce((a, b) -> a + ", " + b).orElse("-"));
			if (!missing.isEmpty()) {
				report.line(WHAT + ": FAILED, " + missing.size()
						+ " requirement(s) that a plain Eclipse does not meet and the update site does not carry");
				return false;
			}
			report.line(WHAT + ": OK");
			return true;
		} finally {
			agent.stop();
		}
	}

	/** The unit that p2 filters are matched against: the profile's os, ws, arch and nl. */
	private static IInstallableUnit environment(IProfile profile) {
		InstallableUnitDescription description = new InstallableUnitDescription();
		description.setId("chaxu.site.check.environment");
		description.setVersion(Version.emptyVersion);
		String environments = profile.getProperty(IProfile.PROP_ENVIRONMENTS);
		if (environments != null) {
			for (String pair : environments.split(",")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					description.setProperty(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
				}
			}
		}
		return MetadataFactory.createInstallableUnit(description);
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
