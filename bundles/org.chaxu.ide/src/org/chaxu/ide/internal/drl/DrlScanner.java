// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.drl;

import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * The tokens of a DRL file for its colours: comments, strings, rule names ({@code rule "…"}),
 * metadata annotations ({@code @id}, {@code @severity}, …) and DRL's keywords; the rest is plain.
 */
public final class DrlScanner extends RuleBasedScanner {

    /** DRL's keywords (and the Java words a condition or consequence uses most). */
    static final List<String> KEYWORDS = List.of("package", "import", "global", "function", "declare", "rule", "query", "when",
            "then", "end", "and", "or", "not", "exists", "forall", "from", "collect", "accumulate", "eval", "salience",
            "no-loop", "lock-on-active", "extends", "in", "memberOf", "contains", "matches", "modify", "update", "insert",
            "insertLogical", "delete", "retract", "null", "true", "false", "this", "new", "return", "if", "else");

    static final Color KEYWORD = new Color(127, 0, 85);
    static final Color STRING = new Color(42, 0, 255);
    static final Color COMMENT = new Color(63, 127, 95);
    static final Color ANNOTATION = new Color(100, 100, 100);
    static final Color RULE_NAME = new Color(0, 64, 128);

    private final RuleNameRule ruleNames;

    public DrlScanner() {
        IToken keyword = new Token(new TextAttribute(KEYWORD, null, SWT.BOLD));
        IToken string = new Token(new TextAttribute(STRING));
        IToken comment = new Token(new TextAttribute(COMMENT));
        IToken annotation = new Token(new TextAttribute(ANNOTATION, null, SWT.ITALIC));
        IToken ruleName = new Token(new TextAttribute(RULE_NAME, null, SWT.BOLD));
        ruleNames = new RuleNameRule(keyword, ruleName);
        WordRule words = new WordRule(new Words(), Token.UNDEFINED);
        KEYWORDS.forEach(word -> words.addWord(word, keyword));
        setRules(new IRule[] {
                new EndOfLineRule("//", comment),
                new MultiLineRule("/*", "*/", comment, (char) 0, true),
                ruleNames,
                new SingleLineRule("\"", "\"", string, '\\'),
                new SingleLineRule("'", "'", string, '\\'),
                new AnnotationRule(annotation),
                words,
                new WhitespaceRule(Character::isWhitespace) });
    }

    @Override
    public void setRange(org.eclipse.jface.text.IDocument document, int offset, int length) {
        super.setRange(document, offset, length);
        ruleNames.nameNext = false; // a new range starts outside a rule's header
    }

    /** Identifiers, with the dashes of DRL's attributes (no-loop, lock-on-active). */
    private static final class Words implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isJavaIdentifierStart(c);
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isJavaIdentifierPart(c) || c == '-';
        }
    }

    /** {@code @name}: a rule's metadata. */
    private static final class AnnotationRule implements IRule {
        private final IToken token;

        AnnotationRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            if (scanner.read() != '@') {
                scanner.unread();
                return Token.UNDEFINED;
            }
            int c = scanner.read();
            if (c == ICharacterScanner.EOF || !Character.isJavaIdentifierStart(c)) {
                scanner.unread();
                scanner.unread();
                return Token.UNDEFINED;
            }
            while (c != ICharacterScanner.EOF && Character.isJavaIdentifierPart(c)) {
                c = scanner.read();
            }
            scanner.unread();
            return token;
        }
    }

    /**
     * {@code rule "name"} at the start of a line: the keyword, then the name as one token. The
     * keyword is returned first; the name, which follows at once, is read by the next call.
     */
    private static final class RuleNameRule implements IRule {
        private final IToken keyword;
        private final IToken name;
        private boolean nameNext;

        RuleNameRule(IToken keyword, IToken name) {
            this.keyword = keyword;
            this.name = name;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            if (nameNext) {
                nameNext = false;
                int read = 0;
                int c = scanner.read();
                read++;
                while (c == ' ' || c == '\t') {
                    c = scanner.read();
                    read++;
                }
                if (c == '"') {
                    do {
                        c = scanner.read();
                    } while (c != '"' && c != '\n' && c != '\r' && c != ICharacterScanner.EOF);
                    return name;
                }
                for (int i = 0; i < read; i++) {
                    scanner.unread();
                }
                return Token.UNDEFINED;
            }
            if (scanner.getColumn() != 0) {
                return Token.UNDEFINED;
            }
            String word = "rule";
            for (int i = 0; i < word.length(); i++) {
                if (scanner.read() != word.charAt(i)) {
                    for (int j = 0; j <= i; j++) {
                        scanner.unread();
                    }
                    return Token.UNDEFINED;
                }
            }
            int after = scanner.read();
            scanner.unread();
            if (after != ' ' && after != '\t') {
                for (int j = 0; j < word.length(); j++) {
                    scanner.unread();
                }
                return Token.UNDEFINED;
            }
            nameNext = true;
            return keyword;
        }
    }
}
