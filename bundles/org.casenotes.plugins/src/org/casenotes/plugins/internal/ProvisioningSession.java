package org.casenotes.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.casenotes.plugins.InstalledPlugin;
import org.casenotes.plugins.PluginInstallException;
import org.casenotes.plugins.PluginInstallation;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.IUProfilePropertyQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * One use of p2 on an installation: an agent on its {@code p2} folder and its profile, with a transport that reads
 * files and HTTP (Maven Central has no p2 transport bundle) and a trust policy that accepts unsigned plugins. Closed
 * after each operation, so the workbench and a command never hold it between uses.
 */
public final class ProvisioningSession implements AutoCloseable {

    private static final String FEATURE_GROUP = ".feature.group";
    private static final String CASENOTES_FEATURE = "org.casenotes.feature" + FEATURE_GROUP;
    private static final long SERVICE_WAIT_MS = 15_000;

    private final IProvisioningAgent agent;
    private final String profileId;
    private final Path installation;

    private ProvisioningSession(IProvisioningAgent agent, String profileId, Path installation) {
        this.agent = agent;
        this.profileId = profileId;
        this.installation = installation;
    }

    /** Opens p2 on the installation in {@code installation}. */
    public static ProvisioningSession open(BundleContext context, Path installation) throws PluginInstallException {
        Path p2 = installation.resolve("p2");
        if (!Files.isDirectory(p2.resolve("org.eclipse.equinox.p2.engine"))) {
            throw new PluginInstallException(installation + " is not a Casenotes installation that p2 manages (it has"
                    + " no p2 folder), so plugins cannot be installed into it.");
        }
        ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
                IProvisioningAgentProvider.class, null);
        tracker.open();
        try {
            IProvisioningAgentProvider provider = tracker.waitForService(SERVICE_WAIT_MS);
            if (provider == null) {
                throw new PluginInstallException("The p2 provisioning service did not start (is the Service Component"
                        + " Runtime running?); the platform log may say why.");
            }
            IProvisioningAgent agent = provider.createAgent(p2.toUri());
            agent.registerService(Transport.SERVICE_NAME, new RepositoryTransport());
            agent.registerService(UIServices.SERVICE_NAME, new AcceptUnsignedPlugins());
            return new ProvisioningSession(agent, profileId(installation, agent), installation.toAbsolutePath().normalize());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginInstallException("Interrupted while p2 was starting.", e);
        } catch (ProvisionException e) {
            throw new PluginInstallException("p2 cannot open " + p2 + ": " + e.getMessage(), e);
        } finally {
            tracker.close();
        }
    }

    /** The profile named in the installation's config.ini, else the only one p2 keeps for it. */
    private static String profileId(Path installation, IProvisioningAgent agent) throws PluginInstallException {
        Path config = installation.resolve("configuration/config.ini");
        if (Files.isRegularFile(config)) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(config)) {
                properties.load(in);
            } catch (IOException e) {
                throw new PluginInstallException("Cannot read " + config + ": " + e.getMessage(), e);
            }
            String named = properties.getProperty("eclipse.p2.profile");
            if (named != null && !named.isBlank()) {
                return named.strip();
            }
        }
        IProfile[] profiles = registry(agent).getProfiles();
        if (profiles.length != 1) {
            throw new PluginInstallException(installation + " names no p2 profile in configuration/config.ini and"
                    + " holds " + profiles.length + "; cannot tell which one is Casenotes.");
        }
        return profiles[0].getProfileId();
    }

    public List<InstalledPlugin> plugins() throws PluginInstallException {
        IQueryResult<IInstallableUnit> units = profile().query(
                new IUProfilePropertyQuery(PluginInstallation.PLUGIN_PROPERTY, Boolean.TRUE.toString()), null);
        List<InstalledPlugin> plugins = new ArrayList<>();
        units.forEach(unit -> plugins.add(describe(unit)));
        plugins.sort(Comparator.comparing(InstalledPlugin::id));
        return plugins;
    }

    public List<InstalledPlugin> install(URI location, String typed) throws PluginInstallException {
        IMetadataRepositoryManager metadata = service(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = service(IArtifactRepositoryManager.class);
        boolean knownMetadata = metadata.contains(location);
        boolean knownArtifacts = artifacts.contains(location);
        try {
            IMetadataRepository repository = load(metadata, artifacts, location, typed);
            Set<IInstallableUnit> features = offeredFeatures(repository);
            if (features.isEmpty()) {
                throw new PluginInstallException(typed + " is a p2 repository but offers no feature to install.");
            }
            // planned first where the profile says the installation is, so that a refusal changes nothing at all;
            // then, if the installation was moved or copied, planned again once the profile says where it is now
            IProfile profile = profile();
            String refusal = "cannot be installed into this Casenotes" + casenotesVersion(profile);
            IProvisioningPlan plan = installPlan(profile, features, location);
            refuseUnlessPossible(plan, refusal, typed);
            IProfile here = profileHere();
            if (here.getTimestamp() != profile.getTimestamp()) {
                plan = installPlan(here, features, location);
            }
            perform(plan, refusal, typed);
            return features.stream().map(ProvisioningSession::describe)
                    .sorted(Comparator.comparing(InstalledPlugin::id)).toList();
        } finally {
            // the installation keeps no list of where plugins came from: a later install names its repository again
            if (!knownMetadata) {
                metadata.removeRepository(location);
            }
            if (!knownArtifacts) {
                artifacts.removeRepository(location);
            }
        }
    }

    private IProvisioningPlan installPlan(IProfile profile, Set<IInstallableUnit> features, URI location)
            throws PluginInstallException {
        IPlanner planner = service(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        for (IInstallableUnit feature : features) {
            request.add(feature);
            request.setInstallableUnitProfileProperty(feature, IProfile.PROP_PROFILE_ROOT_IU, "true");
            request.setInstallableUnitProfileProperty(feature, PluginInstallation.PLUGIN_PROPERTY, "true");
            request.setInstallableUnitInclusionRules(feature, ProfileInclusionRules.createStrictInclusionRule(feature));
        }
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(location);
        context.setArtifactRepositories(location);
        return planner.getProvisioningPlan(request, context, new NullProgressMonitor());
    }

    public InstalledPlugin remove(String id) throws PluginInstallException {
        String wanted = id.endsWith(FEATURE_GROUP) ? id : id + FEATURE_GROUP;
        IProfile profile = plugins().stream().anyMatch(plugin -> wanted.equals(plugin.id() + FEATURE_GROUP))
                ? profileHere() : profile();
        IInstallableUnit plugin = null;
        for (IInstallableUnit unit : profile.query(new IUProfilePropertyQuery(PluginInstallation.PLUGIN_PROPERTY,
                Boolean.TRUE.toString()), null)) {
            if (unit.getId().equals(wanted)) {
                plugin = unit;
            }
        }
        if (plugin == null) {
            throw new PluginInstallException("No plugin with the id " + id + " is installed; 'casenotes plugins list'"
                    + " shows the installed ones.");
        }
        IPlanner planner = service(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        request.remove(plugin);
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories();
        context.setArtifactRepositories();
        perform(planner.getProvisioningPlan(request, context, new NullProgressMonitor()), "cannot be removed", id);
        collectGarbage();
        return describe(plugin);
    }

    /**
     * Deletes from the installation's bundle pool (its {@code plugins/} and {@code features/} folders) the files that no
     * unit of any profile needs any more, with p2's garbage collector: removing a plugin's feature takes its units out
     * of the profile but leaves their jars. The collector keeps every artifact a unit of the profile names (so all of
     * Casenotes' own), and, when the profile is the one running p2, the bundles the running configuration lists: a
     * plugin removed from the running workbench keeps its jars until a collection after the next start.
     */
    public void collectGarbage() throws PluginInstallException {
        // loading the class starts its lazily activated bundle, whose component makes the collector an agent service;
        // without it (it is required, so only if its component failed) the plugin is removed all the same
        GarbageCollector collector = agent.getService(GarbageCollector.class);
        if (collector != null) {
            collector.runGC(profile());
        }
    }

    private IMetadataRepository load(IMetadataRepositoryManager metadata, IArtifactRepositoryManager artifacts,
            URI location, String typed) throws PluginInstallException {
        try {
            IMetadataRepository repository = metadata.loadRepository(location, new NullProgressMonitor());
            artifacts.loadRepository(location, new NullProgressMonitor());
            return repository;
        } catch (ProvisionException e) {
            if (e.getStatus().getCode() == ProvisionException.REPOSITORY_NOT_FOUND) {
                throw new PluginInstallException(typed + " is not a p2 repository: it has no content.jar,"
                        + " content.xml(.xz), compositeContent or p2.index. Name the folder (or URL) a plugin's build"
                        + " wrote its repository to, e.g. .../target/repository.", e);
            }
            throw new PluginInstallException("Cannot read the p2 repository " + typed + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PluginInstallException("Cannot read the p2 repository " + typed + ": " + e, e);
        }
    }

    /** The features in the repository's categories, or all its features when it has no category. */
    private static Set<IInstallableUnit> offeredFeatures(IMetadataRepository repository) {
        Set<IInstallableUnit> features = new LinkedHashSet<>();
        for (IInstallableUnit category : repository.query(QueryUtil.createIUCategoryQuery(), null)) {
            repository.query(QueryUtil.createIUCategoryMemberQuery(category), null).forEach(member -> {
                if (member.getId().endsWith(FEATURE_GROUP)) {
                    features.add(member);
                }
            });
        }
        if (features.isEmpty()) {
            repository.query(QueryUtil.createIUGroupQuery(), null).forEach(group -> {
                if (group.getId().endsWith(FEATURE_GROUP)) {
                    features.add(group);
                }
            });
        }
        return latest(features);
    }

    private static Set<IInstallableUnit> latest(Set<IInstallableUnit> features) {
        Set<IInstallableUnit> newest = new LinkedHashSet<>();
        for (IInstallableUnit feature : features) {
            boolean newer = features.stream().noneMatch(other -> other.getId().equals(feature.getId())
                    && other.getVersion().compareTo(feature.getVersion()) > 0);
            if (newer) {
                newest.add(feature);
            }
        }
        return newest;
    }

    private static void refuseUnlessPossible(IProvisioningPlan plan, String refusal, String subject)
            throws PluginInstallException {
        IStatus planned = plan.getStatus();
        if (planned.getSeverity() == IStatus.ERROR || planned.getSeverity() == IStatus.CANCEL) {
            throw new PluginInstallException(PlanProblems.describe(subject + " " + refusal, planned));
        }
    }

    private void perform(IProvisioningPlan plan, String refusal, String subject) throws PluginInstallException {
        refuseUnlessPossible(plan, refusal, subject);
        IStatus done = service(IEngine.class).perform(plan, new NullProgressMonitor());
        if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
            throw new PluginInstallException(PlanProblems.describe("p2 could not carry out the change for " + subject
                    + " and rolled it back", done));
        }
    }

    /**
     * The profile, first moved to where the installation is now. A product's profile is "roaming": it records the folder
     * it was built in, and p2 moves it only for the installation that is running p2 itself. Left as it was, the bundles
     * of a plugin installed into a copied or unpacked product would be written into the folder it came from.
     */
    private IProfile profileHere() throws PluginInstallException {
        IProfile profile = profile();
        String here = installation.toString();
        String recorded = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
        if (here.equals(recorded)) {
            return profile;
        }
        IPlanner planner = service(IPlanner.class);
        IProfileChangeRequest move = planner.createChangeRequest(profile);
        move.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, here);
        String cache = profile.getProperty(IProfile.PROP_CACHE);
        if (cache == null || cache.equals(recorded)) {
            move.setProfileProperty(IProfile.PROP_CACHE, here);
        }
        ProvisioningContext nothing = new ProvisioningContext(agent);
        nothing.setMetadataRepositories();
        nothing.setArtifactRepositories();
        perform(planner.getProvisioningPlan(move, nothing, new NullProgressMonitor()),
                "cannot be recorded as the installation's folder", here);
        return profile();
    }

    private String casenotesVersion(IProfile profile) {
        IQueryResult<IInstallableUnit> casenotes = profile.query(QueryUtil.createIUQuery(CASENOTES_FEATURE), null);
        return casenotes.isEmpty() ? "" : " (Casenotes " + casenotes.iterator().next().getVersion() + ")";
    }

    private IProfile profile() throws PluginInstallException {
        IProfile profile = registry(agent).getProfile(profileId);
        if (profile == null) {
            throw new PluginInstallException("p2 keeps no profile named " + profileId + " for this installation.");
        }
        return profile;
    }

    private static IProfileRegistry registry(IProvisioningAgent agent) throws PluginInstallException {
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        if (registry == null) {
            throw new PluginInstallException("p2's profile registry is not available; the platform log may say why.");
        }
        return registry;
    }

    private <T> T service(Class<T> type) throws PluginInstallException {
        T service = agent.getService(type);
        if (service == null) {
            throw new PluginInstallException("p2's " + type.getSimpleName() + " is not available in this"
                    + " installation; the platform log may say why.");
        }
        return service;
    }

    private static InstalledPlugin describe(IInstallableUnit unit) {
        String id = unit.getId().endsWith(FEATURE_GROUP)
                ? unit.getId().substring(0, unit.getId().length() - FEATURE_GROUP.length()) : unit.getId();
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        return new InstalledPlugin(id, unit.getVersion().toString(), name == null || name.isBlank() ? id : name);
    }

    @Override
    public void close() {
        agent.stop();
    }
}
