// SPDX-License-Identifier: EPL-2.0
package org.chaxu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code chaxu rules}: the rule catalogue — a table of id, severity, principle and DRL file, or the
 * full reference (DRL rules, sources, message templates in both languages, a failing and a
 * passing example model per rule) as JSON, Markdown (docs/rules.md) or one HTML page.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule (text), or writes the rule reference with examples (json, markdown, html).")
final class RulesCommand implements Callable<Integer> {

    /** The output formats; their names are the values of {@code --format}. */
    enum Format { text, json, markdown, html }

    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        RuleCatalog catalog = ruleOptions.compile(spec.commandLine().getErr());
        if (catalog == null) {
            return Main.BAD_INPUT;
        }
        ReportFile.Content content = switch (format) {
        case text -> out -> {
            out.write(String.format("%-18s %-8s %-26s %s%n", "ID", "SEVERITY", "PRINCIPLE", "FILE"));
            for (RuleInfo rule : catalog.rules()) {
                out.write(String.format("%-18s %-8s %-26s %s%n", rule.id(), rule.severity(), rule.principle(), rule.file()));
            }
        };
        case json -> RuleReference.of(catalog, ruleOptions.rules)::writeJson;
        case markdown -> RuleReference.of(catalog, ruleOptions.rules)::writeMarkdown;
        case html -> RuleReference.of(catalog, ruleOptions.rules)::writeHtml;
        };
        if (output != null) {
            ReportFile file = new ReportFile(output);
            String problem = file.problem(List.of());
            if (problem != null) {
                spec.commandLine().getErr().println("chaxu: " + problem);
                return Main.BAD_INPUT;
            }
            file.write(content);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            content.write(out);
            out.flush();
        }
        return Main.OK;
    }
}
