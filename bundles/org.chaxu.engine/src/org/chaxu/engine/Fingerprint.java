// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stable identity of a finding, as SARIF's {@code partialFingerprints} carry it and as a
 * baseline records it: a hash of the rule id, the model's path (relative to a root), the
 * element's id and the related elements' ids — not of lines or messages, so that it survives
 * edits elsewhere in the file and a change of language.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The model file relative to {@code root}, with forward slashes and URI escaping (absolute URI when outside). */
    public static String uri(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        StringBuilder uri = new StringBuilder();
        for (Path segment : relative) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            uri.append(java.net.URLEncoder.encode(segment.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return relative.isAbsolute() ? absolute.toUri().toString() : uri.toString();
    }

    /** The fingerprint of a finding in the model at {@code uri} (see {@link #uri}). */
    public static String of(String uri, Finding finding) {
        StringBuilder key = new StringBuilder(finding.getRuleId()).append('|').append(uri).append('|')
                .append(LoadedModel.fragment(finding.getElement()));
        finding.getRelated().stream().map(LoadedModel::fragment).sorted().forEach(id -> key.append('|').append(id));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a baseline: one line per finding, its fingerprint then, for the reader, the rule and
     * the element ({@code 3f2a…  BASE-LOOSER  examples/prd-air.chaxu#foshan-voc-furniture}), sorted.
     *
     * @param findings per model uri (see {@link #uri}), the findings to record
     */
    public static void writeBaseline(Writer out, java.util.Map<String, List<Finding>> findings) throws IOException {
        TreeMap<String, String> lines = new TreeMap<>();
        findings.forEach((uri, list) -> {
            for (Finding f : list) {
                String line = of(uri, f) + "  " + f.getRuleId() + "  " + uri + "#" + LoadedModel.fragment(f.getElement());
                lines.put(f.getRuleId() + " " + uri + "#" + LoadedModel.fragment(f.getElement()) + " " + line, line);
            }
        });
        out.write("# Chaxu baseline: findings accepted when it was written (chaxu check --write-baseline); they are\n"
                + "# not reported again. One per line: fingerprint, rule, model#element. Delete a line to see it again.\n");
        for (String line : lines.values()) {
            out.write(line + "\n");
        }
    }

    /** The fingerprints of a baseline file (the first word of each line that is not a comment). */
    public static Set<String> readBaseline(Path file) throws IOException {
        Set<String> fingerprints = new LinkedHashSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String fingerprint = line.split("\\s+")[0];
            if (!fingerprint.matches("[0-9a-f]{64}")) {
                // the line itself is not quoted: a baseline named by a stranger's settings may be any file
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a baseline line (a 64-digit fingerprint "
                        + "first, as chaxu check --write-baseline writes them)");
            }
            fingerprints.add(fingerprint);
        }
        return fingerprints;
    }
}
