// SPDX-License-Identifier: EPL-2.0
package org.chaxu.ide.internal.drl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.chaxu.engine.Severity;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * What the New Rule wizard writes into a rule folder, ready for {@code chaxu test}: the rule's DRL
 * file with its metadata, its message template in English and Chinese (appended to the folder's
 * {@code messages.properties} and {@code messages_zh.properties}), and two example models in
 * {@code examples/} — one the rule fires on, one it stays silent on — each with its
 * {@code .expected} findings. The rule is a starting point: a binding standard that does not say
 * where it comes from.
 */
public final class NewRuleFiles {

    /** A rule id as the catalogue spells them: upper-case words joined by dashes (LOCAL-SOURCE). */
    public static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    private NewRuleFiles() {
    }

    /** The files the rule {@code id} would be written to in {@code folder} (the message files are appended to). */
    public static List<IFile> files(IContainer folder, String id) {
        String base = id.toLowerCase(Locale.ROOT);
        List<IFile> files = new ArrayList<>();
        files.add(folder.getFile(IPath.fromPortableString(base + ".drl")));
        for (String example : List.of(id + ".fails", id + ".passes")) {
            files.add(folder.getFile(IPath.fromPortableString("examples/" + example + ".chaxu")));
            files.add(folder.getFile(IPath.fromPortableString("examples/" + example + ".expected")));
        }
        return files;
    }

    /** What is wrong with the input, or null: the id's form, a file that exists already. */
    public static String problem(IContainer folder, String id, String title) {
        if (folder == null || !folder.exists()) {
            return "folder";
        }
        if (!ID.matcher(id).matches()) {
            return "id";
        }
        if (title.isBlank() || title.contains("\"") || title.contains("\n")) {
            return "name";
        }
        for (IFile file : files(folder, id)) {
            if (file.exists()) {
                return "exists:" + file.getFullPath();
            }
        }
        return null;
    }

    /** Writes the rule, its messages and its examples; returns the DRL file. */
    public static IFile create(IContainer folder, String id, String title, Severity severity, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 7);
        List<IFile> files = files(folder, id);
        write(files.get(0), drl(id, title, severity), progress.split(1));
        append(folder.getFile(IPath.fromPortableString("messages.properties")),
                id + "={0} is binding but does not say where it comes from (its source).\n", progress.split(1));
        append(folder.getFile(IPath.fromPortableString("messages_zh.properties")),
                id + "={0} 具有约束力，但未注明出处（来源）。\n", progress.split(1));
        IFolder examples = folder.getFolder(IPath.fromPortableString("examples"));
        if (!examples.exists()) {
            examples.create(true, true, null);
        }
        write(files.get(1), model(false), progress.split(1));
        write(files.get(2), id + " " + severity.name() + " province-voc\n", progress.split(1));
        write(files.get(3), model(true), progress.split(1));
        write(files.get(4), "", progress.split(1));
        return files.get(0);
    }

    static String drl(String id, String title, Severity severity) {
        return "package org.example.rules;\n\n"
                + "import org.chaxu.governance.*;\n\n"
                + "global org.chaxu.engine.Reporter reporter;\n\n"
                + "// " + id + ": a binding standard must say where it comes from. Change the condition to what your rule finds,\n"
                + "// and the examples beside it (examples/" + id + ".*) so that chaxu test shows the rule fires where it must, and only there.\n"
                + "rule \"" + title + "\"\n"
                + "    @id(\"" + id + "\") @severity(\"" + severity.name() + "\") @principle(\"traceability\")\n"
                + "    @source(\"where the principle your rule checks is written\")\n"
                + "when\n"
                + "    $s : Standard( binding == true, source == null )\n"
                + "then\n"
                + "    insertLogical( reporter.report(kcontext, $s) );\n"
                + "end\n";
    }

    static String model(boolean passes) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<chaxu:GovernanceModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:chaxu=\"http://chaxu.org/governance/1.0\"\n"
                + "    name=\"A province's binding standard that " + (passes ? "says" : "does not say") + " where it comes from\" asOf=\"2020-12-31\">\n"
                + "  <units id=\"central\" name=\"Central Government\" level=\"CENTRAL\" rank=\"NATIONAL\"/>\n"
                + "  <units id=\"province\" name=\"Example Province\" level=\"PROVINCIAL\" rank=\"MINISTERIAL\" superior=\"central\">\n"
                + "    <standards id=\"province-voc\" name=\"Provincial VOC limit\" indicator=\"voc\" value=\"30.0\" unit=\"mg/m³\" binding=\"true\""
                + (passes ? " source=\"Provincial VOC standard\" sourceDate=\"2015-01-01\"" : "") + "/>\n"
                + "  </units>\n"
                + "  <indicators id=\"voc\" name=\"VOC emission concentration limit\" unit=\"mg/m³\" direction=\"UPPER_LIMIT\"/>\n"
                + "</chaxu:GovernanceModel>\n";
    }

    private static void write(IFile file, String text, IProgressMonitor monitor) throws CoreException {
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, monitor);
        file.setCharset(StandardCharsets.UTF_8.name(), null);
    }

    /** Adds a line to a properties file (UTF-8, as Chaxu reads its message files), creating it when absent. */
    private static void append(IFile file, String line, IProgressMonitor monitor) throws CoreException {
        if (!file.exists()) {
            write(file, line, monitor);
            return;
        }
        String text;
        try (java.io.InputStream in = file.getContents(true)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getFullPath(), e));
        }
        String joined = text.isEmpty() || text.endsWith("\n") ? text + line : text + "\n" + line;
        file.setContents(new ByteArrayInputStream(joined.getBytes(StandardCharsets.UTF_8)), true, true, monitor);
    }
}
