package org.chaxu.cli;

import java.util.concurrent.Callable;

import org.chaxu.engine.RuleCatalog;
import org.chaxu.engine.RuleInfo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chaxu rules}: every rule with id, severity, principle and the DRL file it comes from. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule: id, severity, principle, file.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    public Integer call() throws Exception {
        RuleCatalog catalog = ruleOptions.compile(spec.commandLine().getErr());
        if (catalog == null) {
            return Main.BAD_INPUT;
        }
        switch (format) {
        case "text" -> {
            spec.commandLine().getOut().printf("%-18s %-8s %-26s %s%n", "ID", "SEVERITY", "PRINCIPLE", "FILE");
            for (RuleInfo rule : catalog.rules()) {
                spec.commandLine().getOut().printf("%-18s %-8s %-26s %s%n", rule.id(), rule.severity(), rule.principle(),
                        rule.file());
            }
        }
        case "json" -> {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (RuleInfo rule : catalog.rules()) {
                array.addObject().put("id", rule.id()).put("severity", rule.severity().name())
                        .put("principle", rule.principle()).put("name", rule.name()).put("source", rule.source())
                        .put("file", rule.file());
            }
            spec.commandLine().getOut().println(mapper.writeValueAsString(array));
        }
        default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "unknown format '" + format + "' (expected text or json)");
        }
        return Main.OK;
    }
}
