// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Standard;
import org.chaxu.governance.logic.Units;
import org.chaxu.governance.util.GovernanceResourceFactoryImpl;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.xml.sax.SAXParseException;

/**
 * Loads {@code .chaxu} files for checking, on a plain class path as well as in OSGi, and
 * turns every way a file can be broken into a {@link ModelProblem} with file, line and
 * element path: unreadable XML, an unknown element or attribute, a dangling reference,
 * a missing required value (EMF's own structural validation), and units Chaxu cannot
 * convert. Loading never changes the file.
 */
public final class ModelLoader {

    private final ResourceSet resourceSet;
    private final LocalModelsOnly guard = new LocalModelsOnly();
    private boolean rooted;
    private final Locale locale;

    public ModelLoader() {
        this(new ResourceSetImpl());
    }

    /** A loader whose own problem messages are in {@code locale} (EMF's are in English). */
    public ModelLoader(Locale locale) {
        this(new ResourceSetImpl(), locale);
    }

    /**
     * Loads into the given resource set (an editor's editing domain, say), configured for Chaxu
     * models: a model may reach only local {@code .chaxu} files below the root or named by the
     * user (see {@link #withRoot}); nothing is fetched from the network.
     */
    public ModelLoader(ResourceSet resourceSet) {
        this(resourceSet, Locale.ENGLISH);
    }

    public ModelLoader(ResourceSet resourceSet, Locale locale) {
        this.resourceSet = resourceSet;
        this.locale = locale;
        resourceSet.getPackageRegistry().put(GovernancePackage.eNS_URI, GovernancePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new GovernanceResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                // a default value the file wrote is written again (ModelFormat)
                Resource resource = ModelFormat.newResource(uri);
                if (resource instanceof ResourceImpl impl) {
                    // ids are looked up in a map, not by walking the model (or the registry) once per reference
                    impl.setIntrinsicIDToEObjectMap(new HashMap<>());
                }
                return resource;
            }
        });
        // the shipped registry, chaxu:registry/china, is read in EMF's binary format
        resourceSet.getResourceFactoryRegistry().getProtocolToFactoryMap().put(Registry.CHINA.scheme(),
                (Resource.Factory) Registry::newResource);
        // a file reached through a reference is read as warily as the model itself
        resourceSet.getLoadOptions().putAll(LOAD_OPTIONS);
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.of(guard), ContentHandler.Registry.INSTANCE.contentHandlers()));
        if (resourceSet instanceof ResourceSetImpl impl && impl.getURIResourceMap() == null) {
            impl.setURIResourceMap(new ShippedCopies(resourceSet, guard));
        }
    }

    /**
     * Resolves a reference into a copy of the shipped registry ({@code ../registry/china.chaxu#510600})
     * to the shipped registry itself, so that a unit is one object whatever spelling a model uses.
     * EMF's resource set asks this map before its list of resources; it keeps nothing, so that a
     * resource reloaded under the same URI is never answered by a stale entry.
     */
    private static final class ShippedCopies extends HashMap<URI, Resource> {
        private static final long serialVersionUID = 1L;
        private final transient ResourceSet resourceSet;
        private final transient LocalModelsOnly guard;

        ShippedCopies(ResourceSet resourceSet, LocalModelsOnly guard) {
            this.resourceSet = resourceSet;
            this.guard = guard;
        }

        @Override
        public Resource get(Object key) {
            if (!(key instanceof URI uri) || Registry.isShipped(uri)) {
                return null;
            }
            URI file = resourceSet.getURIConverter().normalize(uri.trimFragment());
            if (!file.isFile() || file.toFileString() == null || !file.toFileString().endsWith(".chaxu")
                    || guard.refusal(file) != null || !Registry.isShippedCopy(Path.of(file.toFileString()))) {
                return null;
            }
            for (Resource resource : resourceSet.getResources()) {
                if (Registry.isShipped(resource.getURI())) {
                    return resource;
                }
            }
            return resourceSet.createResource(Registry.CHINA);
        }

        @Override
        public Resource put(URI key, Resource value) {
            return null;
        }
    }

    /**
     * The folder below which models may refer to other models (the Eclipse project; in the CLI
     * the current folder or {@code --root}). Without one, a model may refer only to models in its
     * own folder. The models named to {@link #load} are always readable.
     */
    public ModelLoader withRoot(Path root) {
        guard.allowFolder(root);
        rooted = true;
        return this;
    }

    /**
     * An Eclipse project: its {@code platform:/resource/NAME/} URIs are read from its folder,
     * which is the root.
     */
    public ModelLoader withProject(String name, Path location) {
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(name + "/", true),
                URI.createFileURI(location.toAbsolutePath().normalize() + "/"));
        return withRoot(location);
    }

    /**
     * The file at {@code path} read again, as it is now, into a resource of its own (not one of
     * this loader's): its references to other files reach the resources loaded here, so nothing
     * else is read again. {@link ModelMerge} then makes the model loaded here what it says.
     */
    public LoadedModel reread(Path path, URI uri) {
        ResourceSetImpl scratch = new ResourceSetImpl();
        scratch.setURIResourceMap(new HashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Resource get(Object key) {
                if (!(key instanceof URI other) || other.trimFragment().equals(uri)) {
                    return null; // the file itself is read anew
                }
                return resourceSet.getResource(other.trimFragment(), false);
            }

            @Override
            public Resource put(URI key, Resource value) {
                return null;
            }
        });
        ModelLoader reader = new ModelLoader(scratch, locale);
        reader.guard.allowAllOf(guard);
        reader.rooted = rooted;
        reader.resourceSet.getURIConverter().getURIMap().putAll(resourceSet.getURIConverter().getURIMap());
        return reader.load(path, uri);
    }

    public LoadedModel load(Path path) {
        return load(path, URI.createFileURI(path.toAbsolutePath().toString()));
    }

    /**
     * Loads the file at {@code path} as the resource {@code uri} (a workspace file's
     * {@code platform:/resource} URI, say), so that element URIs name the workspace file.
     */
    public LoadedModel load(Path path, URI uri) {
        String file = path.toString();
        List<ModelProblem> problems = new ArrayList<>();
        reported.add(uri);
        if (!Files.isRegularFile(path)) {
            problems.add(new ModelProblem(Severity.ERROR, file, 0, 0, "", Labels.word("load.noSuchFile", locale)));
            return new LoadedModel(file, null, Map.of(), problems);
        }
        Map<String, Integer> lines;
        Map<String, Integer> references;
        try {
            ModelScan scan = ModelScan.of(path);
            lines = scan.lines;
            references = scan.references;
            problems.addAll(scan.problems);
        } catch (SAXParseException e) {
            String message = e instanceof ModelScan.Refused ? e.getMessage()
                    : e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? Labels.word("load.doctype", locale)
                    : Labels.format("load.notWellFormed", locale, e.getMessage());
            problems.add(new ModelProblem(Severity.ERROR, file, e.getLineNumber(), e.getColumnNumber(), "", message));
            return new LoadedModel(file, null, Map.of(), problems);
        } catch (java.io.UnsupportedEncodingException e) {
            // the XML declaration on the first line names it
            problems.add(new ModelProblem(Severity.ERROR, file, 1, 0, "", Labels.format("load.unknownEncoding", locale, e.getMessage())));
            return new LoadedModel(file, null, Map.of(), problems);
        } catch (Exception e) {
            problems.add(new ModelProblem(Severity.ERROR, file, 0, 0, "", Labels.format("load.cannotRead", locale,
                    withoutJavaNames(e.getMessage() == null ? "" : e.getMessage()))));
            return new LoadedModel(file, null, Map.of(), problems);
        }
        if (!problems.isEmpty()) {
            // a value EMF would misread (a duplicate id, an impossible date, a non-finite number):
            // the model is not checked rather than checked wrongly
            return new LoadedModel(file, null, lines, problems);
        }
        guard.allowFile(path);
        if (!rooted && path.toAbsolutePath().getParent() != null) {
            guard.allowFolder(path.toAbsolutePath().getParent());
        }
        for (Resource existing : List.copyOf(resourceSet.getResources())) {
            if (uri.equals(existing.getURI())) {
                existing.unload();
                resourceSet.getResources().remove(existing);
            }
        }
        Resource resource = resourceSet.createResource(uri);
        if (resource instanceof ResourceImpl impl) {
            // ids are looked up in a map, not by walking the model once per reference
            impl.setIntrinsicIDToEObjectMap(new HashMap<>());
        }
        try {
            resource.load(LOAD_OPTIONS);
        } catch (IOException | RuntimeException e) {
            // EMF reports the details in resource.getErrors() as well; fall through to them.
            if (resource.getErrors().isEmpty()) {
                problems.add(new ModelProblem(Severity.ERROR, file, 0, 0, "", Labels.format("load.cannotLoad", locale, loadFailure(e))));
            }
        }
        boolean otherErrors = resource.getErrors().stream().anyMatch(e -> !followUp(e));
        for (Resource.Diagnostic error : resource.getErrors()) {
            if (otherErrors && followUp(error)) {
                continue;
            }
            int line = error.getLine();
            String where = "";
            if (error instanceof IllegalValueException illegal && illegal.getObject() != null) {
                // ids are resolved at the end of the file: the line is the element's own (or its container's)
                line = line > 0 ? line : lineOf(illegal.getObject(), lines);
                where = Labels.path(illegal.getObject());
            }
            problems.add(new ModelProblem(Severity.ERROR, file, line, line == error.getLine() ? error.getColumn() : 0, where,
                    describe(error)));
        }
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            problems.add(new ModelProblem(Severity.WARNING, file, warning.getLine(), warning.getColumn(), "",
                    warning.getMessage()));
        }
        LoadedModel model = new LoadedModel(file, resource, lines, references, problems);
        if (problems.isEmpty() && !model.isUsable()) {
            problems.add(new ModelProblem(Severity.ERROR, file, 1, 0, "", Labels.word("load.noModel", locale)));
        }
        if (model.isUsable()) {
            List<ModelProblem> wrongKinds = wrongKindReferences(model);
            if (!wrongKinds.isEmpty()) {
                // EMF would cast these blindly wherever the reference is read: the model is not checked
                problems.addAll(wrongKinds);
                return new LoadedModel(file, resource, lines, references, problems);
            }
            problems.addAll(structuralProblems(model));
            problems.addAll(unitProblems(model, locale));
            problems.addAll(hierarchyProblems(model));
        }
        return new LoadedModel(file, resource, lines, references, problems);
    }

    /** The files whose load errors were already given by {@link #problemsOfReachedFiles}, or that were named to {@link #load}. */
    private final java.util.Set<URI> reported = new java.util.HashSet<>();

    /**
     * The load errors of the other files {@code model} reaches — a province's file whose value does
     * not parse, say — each file's once per loader (a file named to {@link #load} reports its own).
     * Without them a check of a city file alone would pass while the file it depends on is broken.
     */
    public List<ModelProblem> problemsOfReachedFiles(LoadedModel model) {
        List<ModelProblem> problems = new ArrayList<>();
        if (model.resource() == null) {
            return problems;
        }
        reported.add(model.resource().getURI());
        for (Resource other : List.copyOf(resourceSet.getResources())) {
            if (other == model.resource() || Registry.isShipped(other.getURI()) || other.getErrors().isEmpty()
                    || !reported.add(other.getURI())) {
                continue;
            }
            String file = shownFile(other.getURI());
            for (Resource.Diagnostic error : other.getErrors()) {
                if (error instanceof Throwable t && t.getCause() instanceof IOException) {
                    continue; // a file that could not be opened (a reference refused): the referring model reports it
                }
                problems.add(new ModelProblem(Severity.ERROR, file, Math.max(0, error.getLine()), Math.max(0, error.getColumn()), "",
                        withoutJavaNames(describe(error))));
            }
        }
        return problems;
    }

    /** The local files this loader has read so far: the models loaded and every file they reached. */
    public List<Path> filesRead() {
        List<Path> read = new ArrayList<>();
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            URI uri = resource.getURI();
            if (uri != null && uri.isFile() && uri.toFileString() != null) {
                read.add(Path.of(uri.toFileString()).toAbsolutePath().normalize());
            }
        }
        return read;
    }

    /** The file behind a resource's URI as a user would name it: a local path, else the URI. */
    private static String shownFile(URI uri) {
        if (uri.isFile() && uri.toFileString() != null) {
            Path path = Path.of(uri.toFileString());
            Path here = Path.of("").toAbsolutePath();
            return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
        }
        return uri.isPlatformResource() ? uri.toPlatformString(true) : uri.toString();
    }

    /**
     * References to another file ({@code href}) that reach an element of the wrong kind — a unit's
     * superior that is an indicator, say. EMF checks the kind of a reference within the file while
     * loading, but resolves one into another file only when it is read, and then casts it blindly.
     */
    private List<ModelProblem> wrongKindReferences(LoadedModel model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Iterator<EObject> all = model.resource().getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived()) {
                    continue;
                }
                Object value = element.eGet(reference, false);
                List<?> values = value instanceof InternalEList<?> many ? many.basicList() : value == null ? List.of() : List.of(value);
                for (Object target : values) {
                    if (target instanceof InternalEObject proxy && proxy.eIsProxy()) {
                        EObject resolved = EcoreUtil.resolve(proxy, resourceSet);
                        if (resolved != proxy && !reference.getEReferenceType().isInstance(resolved)) {
                            problems.add(new ModelProblem(Severity.ERROR, model.file(), model.line(element), 0, Labels.path(element),
                                    "'" + reference.getName() + "' of " + Labels.label(element) + " refers to " + proxy.eProxyURI()
                                            + ", " + Labels.label(resolved) + " (" + article(resolved.eClass().getName())
                                            + "); it must name " + article(reference.getEReferenceType().getName())));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** EMF's own structural validation (multiplicities, required values, references) — not the rules. */
    private List<ModelProblem> structuralProblems(LoadedModel model) {
        EValidator.Registry structureOnly = new EValidatorRegistryImpl();
        structureOnly.put(GovernancePackage.eINSTANCE, new EObjectValidator());
        Diagnostician diagnostician = new Diagnostician(structureOnly);
        List<ModelProblem> problems = new ArrayList<>();
        for (EObject root : model.resource().getContents()) {
            for (Diagnostic d : diagnostician.validate(root).getChildren()) {
                EObject element = d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject e) ? root : e;
                problems.add(new ModelProblem(d.getSeverity() == Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING,
                        model.file(), model.line(element), 0, Labels.path(element), describe(d, element)));
            }
        }
        return problems;
    }

    /** Units that no conversion knows: comparisons involving them are reported, never guessed. */
    private static List<ModelProblem> unitProblems(LoadedModel model, Locale locale) {
        List<ModelProblem> problems = new ArrayList<>();
        model.resource().getAllContents().forEachRemaining(o -> {
            String unit = o instanceof Standard s ? s.getUnit() : o instanceof Indicator i ? i.getUnit() : null;
            if (unit != null && !Units.isKnown(unit)) {
                problems.add(new ModelProblem(Severity.WARNING, model.file(), model.line(o), 0, Labels.path(o),
                        Labels.format("load.unknownUnit", locale, unit)));
            }
        });
        return problems;
    }

    /** The line of every element with an id in the file, or an empty map when it cannot be read as XML. */
    public static Map<String, Integer> lines(Path path) {
        try {
            return ModelScan.of(path).lines;
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** EMF's load options for Chaxu models: the hardened parser, ids resolved once at the end. */
    private static final Map<Object, Object> LOAD_OPTIONS = Map.of(
            XMLResource.OPTION_PARSER_FEATURES, ModelScan.SAFE_FEATURES,
            XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);

    /** The deepest chain of superiors Chaxu checks; China has five levels of government. */
    static final int MAX_SUPERIORS = 32;

    /** A chain of superiors longer than any real one is an error, not a reason to run out of memory. */
    private static List<ModelProblem> hierarchyProblems(LoadedModel model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (AdministrativeUnit unit : model.model().getUnits()) {
            int length = 0;
            java.util.Set<AdministrativeUnit> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (AdministrativeUnit up = unit.getSuperior(); up != null && seen.add(up); up = up.getSuperior()) {
                if (++length > MAX_SUPERIORS) {
                    problems.add(new ModelProblem(Severity.ERROR, model.file(), model.line(unit), 0, Labels.path(unit),
                            "more than " + MAX_SUPERIORS + " superiors above this unit; Chaxu checks hierarchies up to "
                                    + MAX_SUPERIORS + " levels deep"));
                    return problems; // one is enough: the others lie on the same chain
                }
            }
        }
        return problems;
    }

    /** EMF's structural diagnostics in a drafter's words: an unresolved reference names what it refers to and why. */
    private String describe(Diagnostic diagnostic, EObject element) {
        if (diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES && diagnostic.getData().size() >= 3
                && diagnostic.getData().get(1) instanceof EStructuralFeature feature
                && diagnostic.getData().get(2) instanceof InternalEObject proxy && proxy.eProxyURI() != null) {
            URI target = proxy.eProxyURI();
            String refusal = guard.refusal(target.trimFragment());
            return "'" + feature.getName() + "' of " + Labels.label(element) + " refers to " + target + ", which "
                    + (refusal != null ? "is not read: " + refusal : "cannot be found");
        }
        return withoutJavaNames(diagnostic.getMessage());
    }

    /** The line of the element in the file, or of its nearest container with one; 0 when none is known. */
    private static int lineOf(EObject element, Map<String, Integer> lines) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            Integer line = lines.get(LoadedModel.fragment(e));
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /**
     * An "illegal value" that is of the right kind: EMF could not add it to a list because another
     * entry of the same list did not resolve, which is reported on its own ("Unresolved reference").
     */
    private static boolean followUp(Resource.Diagnostic error) {
        return error instanceof IllegalValueException illegal && illegal.getFeature() != null
                && illegal.getFeature().getEType() != null && illegal.getFeature().getEType().isInstance(illegal.getValue());
    }

    /** EMF's load errors in a drafter's words, without Java class names. */
    private static String describe(Resource.Diagnostic error) {
        if (error instanceof IllegalValueException illegal && illegal.getFeature() != null) {
            Object value = illegal.getValue();
            String kind = value instanceof EObject eObject ? eObject.eClass().getName() : "value";
            String expected = illegal.getFeature().getEType() == null ? "something else" : illegal.getFeature().getEType().getName();
            if (followUp(error)) {
                return "'" + illegal.getFeature().getName() + "' of " + Labels.label(illegal.getObject()) + " cannot take "
                        + Labels.label(value) + " after an entry that could not be resolved";
            }
            return "'" + illegal.getFeature().getName() + "' of " + Labels.label(illegal.getObject()) + " names "
                    + Labels.label(value) + " (" + article(kind) + "); it must name " + article(expected);
        }
        return withoutJavaNames(error.getMessage() == null ? "cannot be read" : error.getMessage());
    }

    /** Never a Java toString() of internal objects in a message: the element's URI stands for it. */
    static String withoutJavaNames(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceAll("'?[a-z][\\w.]*\\.[A-Z]\\w*@[0-9a-f]+(\\{([^}]*)\\}|( \\([^)]*\\)))?'?", "'$2'")
                .replace("''", "an element");
    }

    private static String article(String kind) {
        return ("AEIOU".indexOf(Character.toUpperCase(kind.charAt(0))) >= 0 ? "an " : "a ") + kind;
    }

    /**
     * Why EMF could not load a file that the strict scan accepted: its own message when it is one
     * (an I/O problem, a refused reference), never the text of a Java failure inside EMF, which
     * names classes a drafter does not know.
     */
    private static String loadFailure(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof IOException && t.getMessage() != null) {
            return withoutJavaNames(t.getMessage());
        }
        return "EMF could not build the model from this file; check the kinds (xsi:type) and references of its elements";
    }
}
