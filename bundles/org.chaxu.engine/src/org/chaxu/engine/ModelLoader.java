package org.chaxu.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.SAXParserFactory;

import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Standard;
import org.chaxu.governance.logic.Units;
import org.chaxu.governance.util.GovernanceResourceFactoryImpl;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Loads {@code .chaxu} files for checking, on a plain class path as well as in OSGi, and
 * turns every way a file can be broken into a {@link ModelProblem} with file, line and
 * element path: unreadable XML, an unknown element or attribute, a dangling reference,
 * a missing required value (EMF's own structural validation), and units Chaxu cannot
 * convert. Loading never changes the file.
 */
public final class ModelLoader {

    private final ResourceSet resourceSet;
    private final Locale locale;

    public ModelLoader() {
        this(new ResourceSetImpl());
    }

    /** A loader whose own problem messages are in {@code locale} (EMF's are in English). */
    public ModelLoader(Locale locale) {
        this(new ResourceSetImpl(), locale);
    }

    /** Loads into the given resource set (an editor's editing domain, say), configured for Chaxu models. */
    public ModelLoader(ResourceSet resourceSet) {
        this(resourceSet, Locale.ENGLISH);
    }

    public ModelLoader(ResourceSet resourceSet, Locale locale) {
        this.resourceSet = resourceSet;
        this.locale = locale;
        resourceSet.getPackageRegistry().put(GovernancePackage.eNS_URI, GovernancePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new GovernanceResourceFactoryImpl());
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
        if (!Files.isRegularFile(path)) {
            problems.add(new ModelProblem(Severity.ERROR, file, 0, 0, "", Labels.word("load.noSuchFile", locale)));
            return new LoadedModel(file, null, Map.of(), problems);
        }
        Map<String, Integer> lines = new HashMap<>();
        try {
            lines = lineIndex(path);
        } catch (SAXParseException e) {
            problems.add(new ModelProblem(Severity.ERROR, file, e.getLineNumber(), e.getColumnNumber(), "",
                    Labels.format("load.notWellFormed", locale, e.getMessage())));
            return new LoadedModel(file, null, Map.of(), problems);
        } catch (Exception e) {
            problems.add(new ModelProblem(Severity.ERROR, file, 0, 0, "", Labels.format("load.cannotRead", locale, e.getMessage())));
            return new LoadedModel(file, null, Map.of(), problems);
        }
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null) {
            existing.unload();
            resourceSet.getResources().remove(existing);
        }
        Resource resource = resourceSet.createResource(uri);
        if (resource instanceof ResourceImpl impl) {
            // ids are looked up in a map, not by walking the model once per reference
            impl.setIntrinsicIDToEObjectMap(new HashMap<>());
        }
        try {
            resource.load(Map.of());
        } catch (IOException | RuntimeException e) {
            // EMF reports the details in resource.getErrors() as well; fall through to them.
            if (resource.getErrors().isEmpty()) {
                problems.add(new ModelProblem(Severity.ERROR, file, 0, 0, "", Labels.format("load.cannotLoad", locale, rootMessage(e))));
            }
        }
        for (Resource.Diagnostic error : resource.getErrors()) {
            problems.add(new ModelProblem(Severity.ERROR, file, error.getLine(), error.getColumn(), "", error.getMessage()));
        }
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            problems.add(new ModelProblem(Severity.WARNING, file, warning.getLine(), warning.getColumn(), "",
                    warning.getMessage()));
        }
        LoadedModel model = new LoadedModel(file, resource, lines, problems);
        if (problems.isEmpty() && !model.isUsable()) {
            problems.add(new ModelProblem(Severity.ERROR, file, 1, 0, "", Labels.word("load.noModel", locale)));
        }
        if (model.isUsable()) {
            problems.addAll(structuralProblems(model));
            problems.addAll(unitProblems(model, locale));
        }
        return new LoadedModel(file, resource, lines, problems);
    }

    /** EMF's own structural validation (multiplicities, required values, references) — not the rules. */
    private static List<ModelProblem> structuralProblems(LoadedModel model) {
        EValidator.Registry structureOnly = new EValidatorRegistryImpl();
        structureOnly.put(GovernancePackage.eINSTANCE, new EObjectValidator());
        Diagnostician diagnostician = new Diagnostician(structureOnly);
        List<ModelProblem> problems = new ArrayList<>();
        for (EObject root : model.resource().getContents()) {
            for (Diagnostic d : diagnostician.validate(root).getChildren()) {
                EObject element = d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject e) ? root : e;
                problems.add(new ModelProblem(d.getSeverity() == Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING,
                        model.file(), model.line(element), 0, Labels.path(element), d.getMessage()));
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
            return lineIndex(path);
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** The line of every element that has an id attribute, read with a SAX locator. */
    private static Map<String, Integer> lineIndex(Path path) throws Exception {
        Map<String, Integer> lines = new HashMap<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = Files.newInputStream(path)) {
            factory.newSAXParser().parse(in, new DefaultHandler() {
                private Locator locator;

                @Override
                public void setDocumentLocator(Locator locator) {
                    this.locator = locator;
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String id = attributes.getValue("id");
                    if (id != null) {
                        lines.putIfAbsent(id, locator.getLineNumber());
                    }
                }
            });
        }
        return lines;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
