package org.chaxu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chaxu.engine.MessageCatalog;
import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleProblem;
import org.chaxu.engine.RuleSource;

import picocli.CommandLine.Option;

/** Options shared by the commands that compile rules: extra DRL files or folders, and the language. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR|FILE",
            description = "Extra DRL file or folder of *.drl files, applied with the shipped catalogue (repeatable). "
                    + "messages.properties / messages_zh.properties in a folder add message templates.")
    List<Path> rules = new ArrayList<>();

    /** The message languages; their names are the values of {@code --lang}. */
    enum Language {
        en(Locale.ENGLISH), zh(Locale.CHINESE);

        final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }
    }

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Message language: ${COMPLETION-CANDIDATES} (default: from the locale, else en).")
    Language lang;

    Locale locale() {
        if (lang != null) {
            return lang.locale;
        }
        return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    /**
     * The shipped catalogue alone, compiled once per process: it depends only on the jar, and its
     * KieBase is shared by every session. This matters when {@link Main#run} is called many times in
     * one process (the tests, the fuzzer, a build tool embedding the checker); {@code chaxu} itself
     * compiles once per run anyway.
     */
    private static volatile RuleCatalog shipped;

    private static synchronized RuleCatalog shippedOnce() {
        if (shipped == null) {
            RuleCatalog catalog = RuleCatalog.shipped();
            if (!catalog.problems().isEmpty()) {
                return catalog; // reported below, never cached
            }
            shipped = catalog;
        }
        return shipped;
    }

    /** The compiled catalogue; prints each DRL problem as file:line:column and returns null when any file failed. */
    RuleCatalog compile(PrintWriter err) throws IOException {
        RuleCatalog catalog = rules.isEmpty() ? shippedOnce() : withExtra();
        for (RuleProblem problem : catalog.problems()) {
            err.println(problem.file() + ":" + problem.line() + ":" + problem.column() + ": error: " + problem.message());
        }
        return catalog.problems().isEmpty() ? catalog : null;
    }

    private RuleCatalog withExtra() throws IOException {
        List<RuleSource> extra = new ArrayList<>();
        MessageCatalog messages = RuleCatalog.shippedMessages();
        for (Path path : rules) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("--rules " + path + ": no such file or folder");
            }
            extra.addAll(RuleSource.load(path));
            messages.addFolder(Files.isDirectory(path) ? path : path.toAbsolutePath().getParent());
        }
        return RuleCatalog.withShipped(extra, messages);
    }
}
