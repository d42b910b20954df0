// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.drl;

import java.util.Locale;
import java.util.Map;

import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/**
 * Hovers in a DRL file (org.eclipse.ui.genericeditor.hoverProviders): a fact type's documentation
 * and fields (from the Ecore model, or the derived fact's record), and a shipped rule id's entry of
 * the rule reference — its name, severity, principle, source and message template, in English and
 * Chinese.
 */
public final class DrlHover implements ITextHover {

    private static volatile RuleCatalog shipped;
    private final Map<String, DrlContentAssist.FactType> types = DrlContentAssist.types();

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        try {
            IDocument document = viewer.getDocument();
            return info(document.get(region.getOffset(), region.getLength()));
        } catch (BadLocationException e) {
            return null;
        }
    }

    /** What a hover over {@code word} says: a fact type, a shipped rule id, or nothing. */
    String info(String word) {
        DrlContentAssist.FactType type = types.get(word);
        if (type != null) {
            StringBuilder text = new StringBuilder(type.name() + " \u2014 " + type.description() + "\n");
            type.fields().forEach((field, what) -> text.append("  ").append(field).append(": ").append(what).append('\n'));
            return text.toString().stripTrailing();
        }
        if (word.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+")) {
            RuleCatalog catalog = catalog();
            for (RuleInfo rule : catalog.rules()) {
                if (rule.id().equals(word)) {
                    return rule.id() + " (" + rule.severity().name() + ", " + rule.principle() + "): " + rule.name() + "\n"
                            + "source: " + rule.source() + "\n"
                            + "en: " + catalog.messages().template(rule.id(), Locale.ENGLISH) + "\n"
                            + "zh: " + catalog.messages().template(rule.id(), Locale.CHINESE) + "\n"
                            + "(" + rule.file() + "; docs/rules.md#" + rule.id().toLowerCase(Locale.ROOT) + ")";
                }
            }
        }
        return null;
    }

    private static RuleCatalog catalog() {
        RuleCatalog catalog = shipped;
        if (catalog == null) {
            catalog = RuleCatalog.shipped();
            shipped = catalog;
        }
        return catalog;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        int start = offset;
        int end = offset;
        try {
            while (start > 0 && isWordPart(document.getChar(start - 1))) {
                start--;
            }
            while (end < document.getLength() && isWordPart(document.getChar(end))) {
                end++;
            }
        } catch (BadLocationException e) {
            return new Region(offset, 0);
        }
        return new Region(start, end - start);
    }

    private static boolean isWordPart(char c) {
        return Character.isJavaIdentifierPart(c) || c == '-';
    }
}
