// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.drl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chaxu.engine.MessageCatalog;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleProblem;
import org.chaxu.engine.RuleSource;
import org.chaxu.engine.Severity;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Diagnostics as you type (org.eclipse.ui.genericeditor.reconcilers): shortly after each change the
 * DRL text is compiled in the background with the other DRL files of its folder and the message
 * templates beside it, as {@code chaxu test} and the builder compile it, and its problems become
 * error and warning annotations at their line and column — before the file is saved.
 */
public final class DrlReconciler extends MonoReconciler {

    /** The annotations' type: that of Chaxu's DRL problem markers would show twice; these are the editor's own. */
    static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

    public DrlReconciler() {
        super(new Strategy(), false);
        setDelay(300);
    }

    @Override
    public void install(ITextViewer viewer) {
        super.install(viewer);
        ((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).viewer = viewer;
    }

    /** A problem of the text as compiled now: where it is, how bad, what it says. */
    record Diagnostic(int line, int column, boolean error, String message) {
    }

    /** The problems of {@code text}, the DRL file at {@code file} (null: alone), compiled with its folder's other rules. */
    static List<Diagnostic> compile(String text, Path file) {
        List<RuleSource> sources = new ArrayList<>();
        String name = file == null ? "edited.drl" : file.getFileName().toString();
        MessageCatalog messages = MessageCatalog.engine();
        if (file != null && file.getParent() != null && Files.isDirectory(file.getParent())) {
            try {
                for (RuleSource other : RuleSource.load(file.getParent())) {
                    if (!Path.of(other.file()).getFileName().toString().equals(name)) {
                        sources.add(other);
                    }
                }
                messages.addFolder(file.getParent());
            } catch (IOException | RuntimeException e) {
                // the folder cannot be read: the file alone
            }
        }
        sources.add(new RuleSource(name, text));
        List<Diagnostic> found = new ArrayList<>();
        for (RuleProblem problem : RuleCatalog.compile(sources, messages).problems()) {
            if (problem.file() == null || Path.of(problem.file()).getFileName().toString().equals(name)) {
                found.add(new Diagnostic(Math.max(1, problem.line()), problem.column(), problem.severity() != Severity.WARNING
                        && problem.severity() != Severity.INFO, problem.message()));
            }
        }
        return found;
    }

    private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
        private IDocument document;
        volatile ITextViewer viewer;
        private final List<Annotation> shown = new ArrayList<>();

        @Override
        public void setDocument(IDocument document) {
            this.document = document;
        }

        @Override
        public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
            reconcile(subRegion);
        }

        @Override
        public void reconcile(IRegion partition) {
            initialReconcile();
        }

        @Override
        public void setProgressMonitor(IProgressMonitor monitor) {
            // a compile is short; it is not cancelled
        }

        @Override
        public void initialReconcile() {
            IDocument doc = document;
            if (doc == null || !(viewer instanceof ISourceViewer source) || source.getAnnotationModel() == null) {
                return;
            }
            ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(doc);
            Path file = buffer == null || buffer.getLocation() == null ? null
                    : FileBuffers.getSystemFileAtLocation(buffer.getLocation()) == null ? null
                            : FileBuffers.getSystemFileAtLocation(buffer.getLocation()).toPath();
            List<Diagnostic> problems = compile(doc.get(), file);
            Map<Annotation, Position> added = new HashMap<>();
            for (Diagnostic problem : problems) {
                try {
                    int lineOffset = doc.getLineOffset(Math.min(problem.line(), doc.getNumberOfLines()) - 1);
                    int lineLength = doc.getLineLength(Math.min(problem.line(), doc.getNumberOfLines()) - 1);
                    int column = Math.max(0, problem.column() - 1);
                    int at = lineOffset + Math.min(column, Math.max(0, lineLength - 1));
                    int length = 1;
                    while (at + length < lineOffset + lineLength && Character.isJavaIdentifierPart(doc.getChar(at + length))) {
                        length++;
                    }
                    added.put(new Annotation(problem.error() ? ERROR : WARNING, false, problem.message()), new Position(at, length));
                } catch (BadLocationException e) {
                    // the text changed meanwhile: the next reconcile places it
                }
            }
            IAnnotationModel model = source.getAnnotationModel();
            synchronized (shown) {
                if (model instanceof IAnnotationModelExtension extension) {
                    extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
                } else {
                    shown.forEach(model::removeAnnotation);
                    added.forEach(model::addAnnotation);
                }
                shown.clear();
                shown.addAll(added.keySet());
            }
        }
    }
}
