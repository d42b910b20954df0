// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chaxu.governance.logic.CalendarDates;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;

/**
 * The one way a {@code .chaxu} file is written — by the editor, the quick fixes, the wizards, the
 * registry importer and {@code chaxu format} — so that one edit is a one-line diff:
 * <ul>
 * <li>the XML declaration, then the root element's name and namespaces on its first line; its short
 * attributes ({@code name}, {@code asOf}) together on the next line and each prose attribute
 * ({@code description}) on a line of its own, indented four spaces;</li>
 * <li>every other element on one line with all its attributes ({@code <units id="a" … />}), its
 * contained elements on the lines below it indented two spaces more, then its end tag;</li>
 * <li>attributes in the order of the metamodel's features; a value equal to its default only when
 * the file wrote it so (a reader sees {@code initiation="TOP_DOWN"} stay);</li>
 * <li>a reference to an element of the same file by its id ({@code superior="guangdong"}, several
 * separated by spaces), to another file by its path relative to this one and the element's id
 * ({@code ../registry/china.chaxu#440600}), to the shipped registry as {@code chaxu:registry/china#…}
 * or as the file names its copy;</li>
 * <li>values escaped as EMF escapes them (&amp;, &lt;, &quot;, line breaks and tabs); UTF-8; lines
 * end in LF, the file in one.</li>
 * </ul>
 * EMF reads the result as it reads any XMI; {@link #isCanonical} says whether a file is written so.
 */
public final class ModelFormat {

    /** Four spaces before each of the root's attributes, two more per level of containment. */
    private static final String ROOT_ATTRIBUTE_INDENT = "    ";
    private static final String INDENT = "  ";
    /** The root's attributes that are prose, each written on a line of its own. */
    private static final java.util.Set<String> LONG_TEXTS = java.util.Set.of("description", "provenance");

    private ModelFormat() {
    }

    /** Writes a resource's model in the canonical format; {@code registrySpelling} as {@link LoadedModel#registrySpelling}, or null. */
    public static void write(Resource resource, String registrySpelling, Writer out) throws IOException {
        new Output(resource, registrySpelling, out).document();
    }

    /** The canonical text of a resource's model. */
    public static String text(Resource resource, String registrySpelling) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(resource, registrySpelling, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** Whether {@code text} (a file's content) is exactly the canonical text of its model {@code resource}. */
    public static boolean isCanonical(String text, Resource resource, String registrySpelling) {
        return text.equals(text(resource, registrySpelling));
    }

    /**
     * Remembers that the file wrote {@code feature} of {@code object} although its value is the
     * default, so that it is written again (the loader calls this; so may a command that wants a
     * default to be spelled out).
     */
    public static void keepWritten(EObject object, EStructuralFeature feature) {
        Written written = (Written) EcoreUtil.getExistingAdapter(object, Written.class);
        if (written == null) {
            written = new Written();
            object.eAdapters().add(written);
        }
        written.features.add(feature);
    }

    /** Forgets that the file wrote {@code feature} of {@code object} (a newer version of the file no longer does). */
    public static void forgetWritten(EObject object, EStructuralFeature feature) {
        Adapter written = EcoreUtil.getExistingAdapter(object, Written.class);
        if (written != null) {
            ((Written) written).features.remove(feature);
        }
    }

    /** Whether a default value of {@code feature} is written for {@code object} because its file wrote it. */
    public static boolean isWritten(EObject object, EStructuralFeature feature) {
        Adapter written = EcoreUtil.getExistingAdapter(object, Written.class);
        return written != null && ((Written) written).features.contains(feature);
    }

    /** The features whose default values an element's file wrote. */
    private static final class Written extends AdapterImpl {
        final Set<EStructuralFeature> features = new HashSet<>(4);

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Written.class;
        }
    }

    /**
     * A resource of a {@code .chaxu} file whose loading remembers the default values the file wrote
     * ({@link #keepWritten}), so that saving it writes them again.
     */
    public static Resource newResource(URI uri) {
        return new org.chaxu.governance.util.GovernanceResourceImpl(uri) {
            @Override
            protected org.eclipse.emf.ecore.xmi.XMLLoad createXMLLoad() {
                return new org.eclipse.emf.ecore.xmi.impl.XMILoadImpl(createXMLHelper()) {
                    @Override
                    protected org.xml.sax.helpers.DefaultHandler makeDefaultHandler() {
                        return new org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler(resource, helper, options) {
                            @Override
                            protected void setAttribValue(EObject object, String name, String value) {
                                super.setAttribValue(object, name, value);
                                EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
                                if (feature instanceof EAttribute && !object.eIsSet(feature)) {
                                    keepWritten(object, feature);
                                }
                            }
                        };
                    }
                };
            }
        };
    }

    /** Whether a feature is written at all: not derived, transient or the container's side of a containment. */
    static boolean persisted(EStructuralFeature feature) {
        if (feature.isTransient() || feature.isDerived() || feature.isVolatile()) {
            return false;
        }
        return !(feature instanceof EReference reference) || !reference.isContainer()
                && (reference.getEOpposite() == null || !reference.getEOpposite().isContainment());
    }

    private static final class Output {
        private final Resource resource;
        private final String registrySpelling;
        private final Writer out;
        private final CalendarDates values;
        private final URIHandlerImpl uris = new URIHandlerImpl();

        Output(Resource resource, String registrySpelling, Writer out) {
            this.resource = resource;
            this.registrySpelling = registrySpelling;
            this.out = out;
            this.values = new CalendarDates(resource instanceof XMLResource xml ? xml : null);
            uris.setBaseURI(resource.getURI());
        }

        void document() throws IOException {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            List<EObject> roots = resource.getContents();
            if (roots.isEmpty()) {
                return;
            }
            EObject root = roots.get(0);
            EClass type = root.eClass();
            String prefix = type.getEPackage().getNsPrefix();
            out.write("<" + prefix + ":" + type.getName() + " xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"");
            if (needsXsi(root)) {
                out.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
            }
            out.write(" xmlns:" + prefix + "=\"" + type.getEPackage().getNsURI() + "\"");
            // the short attributes together on the second line, each long text on a line of its own
            StringBuilder shortOnes = new StringBuilder();
            StringBuilder texts = new StringBuilder();
            for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                String value = attribute(root, feature);
                if (value == null) {
                    continue;
                }
                if (LONG_TEXTS.contains(feature.getName())) {
                    texts.append("\n" + ROOT_ATTRIBUTE_INDENT + feature.getName() + "=\"" + value + "\"");
                } else {
                    shortOnes.append(shortOnes.length() == 0 ? "\n" + ROOT_ATTRIBUTE_INDENT : " ").append(feature.getName() + "=\"" + value + "\"");
                }
            }
            out.write(shortOnes.toString());
            out.write(texts.toString());
            closeAndChildren(root, prefix + ":" + type.getName(), "");
        }

        private void element(EObject object, EReference containment, String indent) throws IOException {
            String name = containment.getName();
            out.write(indent + "<" + name);
            if (object.eClass() != containment.getEReferenceType()) {
                out.write(" xsi:type=\"" + object.eClass().getEPackage().getNsPrefix() + ":" + object.eClass().getName() + "\"");
            }
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                String value = attribute(object, feature);
                if (value != null) {
                    out.write(" " + feature.getName() + "=\"" + value + "\"");
                }
            }
            closeAndChildren(object, name, indent);
        }

        private void closeAndChildren(EObject object, String name, String indent) throws IOException {
            boolean any = false;
            for (EReference containment : object.eClass().getEAllContainments()) {
                if (!persisted(containment) || !object.eIsSet(containment)) {
                    continue;
                }
                for (EObject child : children(object, containment)) {
                    if (!any) {
                        out.write(">\n");
                        any = true;
                    }
                    element(child, containment, indent + INDENT);
                }
            }
            out.write(any ? indent + "</" + name + ">\n" : "/>\n");
        }

        @SuppressWarnings("unchecked")
        private static List<EObject> children(EObject object, EReference containment) {
            Object value = object.eGet(containment);
            return containment.isMany() ? (List<EObject>) value : value == null ? List.of() : List.of((EObject) value);
        }

        /** An attribute's escaped value, or null when it is not written. */
        private String attribute(EObject object, EStructuralFeature feature) {
            if (!persisted(feature) || feature instanceof EReference reference && reference.isContainment()) {
                return null;
            }
            if (!object.eIsSet(feature) && !(feature instanceof EAttribute && isWritten(object, feature))) {
                return null;
            }
            Object value = object.eGet(feature, false);
            StringBuilder text = new StringBuilder();
            if (feature.isMany()) {
                for (Object item : (List<?>) value) {
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    text.append(feature instanceof EReference ? reference(object, (EObject) item) : datum((EAttribute) feature, item));
                }
            } else if (value == null) {
                return null;
            } else {
                text.append(feature instanceof EReference ? reference(object, (EObject) value) : datum((EAttribute) feature, value));
            }
            return escape(text.toString());
        }

        private String datum(EAttribute attribute, Object value) {
            EDataType type = attribute.getEAttributeType();
            return values.convertToString(type.getEPackage().getEFactoryInstance(), type, value);
        }

        private String reference(EObject from, EObject target) {
            if (!target.eIsProxy() && target.eResource() == resource) {
                return resource.getURIFragment(target);
            }
            URI uri = EcoreUtil.getURI(target);
            if (registrySpelling != null && Registry.isShipped(uri)) {
                return URI.createURI(registrySpelling).appendFragment(uri.fragment()).toString();
            }
            return uris.deresolve(uri).toString();
        }

        private static boolean needsXsi(EObject root) {
            for (java.util.Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
                EObject object = all.next();
                if (object.eContainmentFeature() != null && object.eClass() != object.eContainmentFeature().getEType()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An attribute value escaped as EMF escapes it. */
    static String escape(String value) {
        StringBuilder escaped = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '"' -> "&quot;";
                case '\n' -> "&#xA;";
                case '\r' -> "&#xD;";
                case '\t' -> "&#x9;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? value : escaped.toString();
    }
}
