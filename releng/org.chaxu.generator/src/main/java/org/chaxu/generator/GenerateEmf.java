// SPDX-License-Identifier: EPL-2.0
package org.chaxu.generator;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code from a {@code .genmodel}, as the IDE's
 * <em>Reload</em> + <em>Generate Model/Edit Code</em> would, without an IDE.
 * <p>
 * Arguments: the genmodel file, then {@code project=folder} pairs mapping each Eclipse
 * project named in the genmodel to its folder. JMerge keeps {@code @generated NOT} code.
 */
public final class GenerateEmf {

    private GenerateEmf() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GenerateEmf GENMODEL project=folder...");
            System.exit(2);
        }
        File genModelFile = new File(args[0]).getCanonicalFile();
        Map<String, File> projects = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            projects.put(pair[0], new File(pair[1]).getCanonicalFile());
        }

        // Without this registration the generator writes nothing and reports OK.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        factories.put("*", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        String owningProject = null;
        for (Map.Entry<String, File> project : projects.entrySet()) {
            URI platformUri = URI.createPlatformResourceURI(project.getKey() + "/", false);
            URI folderUri = URI.createFileURI(project.getValue().getPath() + "/");
            EcorePlugin.getPlatformResourceMap().put(project.getKey(), folderUri);
            URIConverter.URI_MAP.put(platformUri, folderUri);
            resourceSet.getURIConverter().getURIMap().put(platformUri, folderUri);
            if (genModelFile.getPath().startsWith(project.getValue().getPath() + File.separator)) {
                owningProject = project.getKey();
            }
        }
        if (owningProject == null) {
            throw new IllegalArgumentException(genModelFile + " lies in none of the mapped projects");
        }
        String relative = projects.get(owningProject).toPath().relativize(genModelFile.toPath()).toString()
                .replace(File.separatorChar, '/');
        URI genModelUri = URI.createPlatformResourceURI(owningProject + "/" + relative, false);

        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel oldGenModel = (GenModel) genModelResource.getContents().get(0);
        GenModel genModel = reload(oldGenModel, genModelResource);

        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            System.err.println("genmodel is not valid: " + diagnostic);
            System.exit(1);
        }
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String type : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                System.err.println("generation failed for " + type + ": " + result);
                System.exit(1);
            }
        }
        System.out.println("Generated model and edit code from " + genModelFile);
    }

    /** The IDE's Reload: a fresh GenModel from the Ecore, reconciled with the old settings, saved in place. */
    private static GenModel reload(GenModel oldGenModel, Resource genModelResource) throws Exception {
        // The genmodel was loaded just now, so its Ecore packages are the current files' contents.
        List<EPackage> ePackages = new ArrayList<>();
        oldGenModel.getGenPackages().forEach(genPackage -> ePackages.add(genPackage.getEcorePackage()));
        GenModel genModel = GenModelPackage.eINSTANCE.getGenModelFactory().createGenModel();
        genModel.initialize(ePackages);
        genModel.reconcile(oldGenModel);
        genModelResource.getContents().set(0, genModel);
        genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        genModelResource.save(options);
        return genModel;
    }
}
