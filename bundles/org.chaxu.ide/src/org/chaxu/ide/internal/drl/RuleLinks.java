// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.drl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * From a rule to its message templates and back (Ctrl+click): on a rule's {@code @id("X")} in a DRL
 * file, links to {@code X=} in the {@code messages.properties} and {@code messages_zh.properties}
 * beside it; on a key {@code X=} of those files, a link to the rule that declares {@code @id("X")}
 * in a DRL file of the same folder.
 */
public final class RuleLinks extends AbstractHyperlinkDetector {

    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\"\\s*\\)");
    private static final Pattern KEY = Pattern.compile("^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\\s*=");

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        ITextEditor editor = getAdapter(ITextEditor.class);
        IFile file = editor != null && editor.getEditorInput() instanceof FileEditorInput input ? input.getFile() : null;
        return file == null ? null : links(viewer.getDocument(), region.getOffset(), file);
    }

    /** The links at {@code offset} of {@code document}, the text of {@code file}; null when there are none. */
    public static IHyperlink[] links(IDocument document, int offset, IFile file) {
        try {
            int line = document.getLineOfOffset(offset);
            int start = document.getLineOffset(line);
            String text = document.get(start, document.getLineLength(line));
            List<IHyperlink> links = new ArrayList<>();
            if ("drl".equals(file.getFileExtension())) {
                Matcher id = ID.matcher(text);
                while (id.find()) {
                    if (start + id.start(1) <= offset && offset <= start + id.end(1)) {
                        IRegion at = new Region(start + id.start(1), id.group(1).length());
                        for (String name : List.of("messages.properties", "messages_zh.properties")) {
                            IFile messages = file.getParent().getFile(org.eclipse.core.runtime.IPath.fromPortableString(name));
                            if (messages.exists()) {
                                links.add(new Link(at, messages, "^" + Pattern.quote(id.group(1)) + "\\s*=", name));
                            }
                        }
                    }
                }
            } else {
                Matcher key = KEY.matcher(text);
                if (key.find() && offset <= start + key.end(1)) {
                    IFile rule = declaring(file.getParent(), key.group(1));
                    if (rule != null) {
                        links.add(new Link(new Region(start, key.group(1).length()), rule,
                                Pattern.quote("@id(\"" + key.group(1) + "\")"), rule.getName()));
                    }
                }
            }
            return links.isEmpty() ? null : links.toArray(IHyperlink[]::new);
        } catch (BadLocationException | CoreException e) {
            return null;
        }
    }

    /** The DRL file of the folder that declares the rule {@code id}, or null. */
    private static IFile declaring(IContainer folder, String id) throws CoreException {
        for (IResource member : folder.members()) {
            if (member instanceof IFile drl && "drl".equals(drl.getFileExtension()) && read(drl).contains("@id(\"" + id + "\")")) {
                return drl;
            }
        }
        return null;
    }

    static String read(IFile file) throws CoreException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Opens a file at the first line matching a pattern. */
    private record Link(IRegion region, IFile target, String pattern, String label) implements IHyperlink {
        @Override
        public IRegion getHyperlinkRegion() {
            return region;
        }

        @Override
        public String getTypeLabel() {
            return null;
        }

        @Override
        public String getHyperlinkText() {
            return label;
        }

        @Override
        public void open() {
            try {
                IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), target);
                Matcher found = Pattern.compile(pattern, Pattern.MULTILINE).matcher(read(target));
                if (part instanceof ITextEditor text && found.find()) {
                    text.selectAndReveal(found.start(), found.end() - found.start());
                }
            } catch (PartInitException e) {
                // the file cannot be opened
            } catch (CoreException e) {
                // the file cannot be read: it is open at its start
            }
        }
    }
}
