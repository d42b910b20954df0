// SPDX-License-Identifier: EPL-2.0
package org.chaxu.install.probe;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a check says: printed on standard output line by line and, with {@code -report FILE}, written
 * to FILE at the end. The build reads the file: only a last line ending in ": OK" counts as a pass,
 * so a crash or a silently ignored exit status cannot look like success.
 */
final class Report {

	private final List<String> lines = new ArrayList<>();
	private Path file;

	/** Takes {@code -report FILE} from the application arguments. */
	Report(String[] args) {
		for (int i = 0; args != null && i + 1 < args.length; i++) {
			if ("-report".equals(args[i])) {
				file = Path.of(args[i + 1]);
			}
		}
	}

	void line(String line) {
		lines.add(line);
		System.out.println(line);
		System.out.flush();
	}

	void failure(String what, Throwable e) {
		StringWriter trace = new StringWriter();
		e.printStackTrace(new PrintWriter(trace));
		line(trace.toString().stripTrailing());
		line(what + ": FAILED, " + e);
	}

	/** Writes the file and returns the application's exit status: 0 if {@code ok}, else 1. */
	Integer close(boolean ok) {
		if (file != null) {
			try {
				if (file.getParent() != null) {
					Files.createDirectories(file.getParent());
				}
				Files.writeString(file, String.join(System.lineSeparator(), lines) + System.lineSeparator(),
						StandardCharsets.UTF_8);
			} catch (IOException e) {
				System.out.println("cannot write " + file + ": " + e);
				return Integer.valueOf(1);
			}
		}
		return Integer.valueOf(ok ? 0 : 1);
	}
}
