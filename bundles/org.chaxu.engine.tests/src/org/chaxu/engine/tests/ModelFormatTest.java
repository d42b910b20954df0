// SPDX-License-Identifier: EPL-2.0
package org.chaxu.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.chaxu.engine.LoadedModel;
import org.chaxu.engine.ModelFormat;
import org.chaxu.engine.ModelLoader;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Initiation;
import org.chaxu.governance.Standard;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one canonical format of a {@code .chaxu} file (ModelFormat): the shipped models are in it;
 * reading and writing a file in it gives the same bytes; one edit changes one line; a default the
 * file wrote stays written; references by id, by relative path and to the registry keep their
 * spelling; values are escaped so that EMF reads back what was written.
 */
class ModelFormatTest {

    @TempDir
    Path folder;

    /** Every model shipped with Chaxu (worked cases and rule examples) is in the canonical format: `chaxu format --check` passes on them. */
    @Test
    void theShippedModelsAreInTheCanonicalFormat() throws IOException {
        List<String> notCanonical = new ArrayList<>();
        int models = 0;
        for (Path top : List.of(Examples.root().resolve("examples"), Examples.root().resolve("rules"))) {
            try (Stream<Path> files = Files.walk(top)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".chaxu")).sorted().toList()) {
                    models++;
                    LoadedModel loaded = new ModelLoader().load(file);
                    assertTrue(loaded.isUsable(), file + ": " + loaded.problems());
                    if (!loaded.canonicalText().equals(Files.readString(file))) {
                        notCanonical.add(Examples.root().relativize(file).toString());
                    }
                }
            }
        }
        assertTrue(models > 100, "the shipped models were found: " + models);
        assertEquals(List.of(), notCanonical, "run ./chaxu format examples rules");
    }

    /** One value changed: one line of the file changes, every other line stays byte for byte. */
    @Test
    void oneEditChangesOneLine() throws IOException {
        Path file = copy("prd-air.chaxu");
        String before = Files.readString(file);
        LoadedModel loaded = new ModelLoader().load(file);
        Standard foshan = (Standard) element(loaded, "foshan-voc-furniture");
        foshan.setValue(25.0);
        List<String> changed = changedLines(before, loaded.canonicalText());
        assertEquals(1, changed.size(), changed::toString);
        assertTrue(changed.get(0).contains("id=\"foshan-voc-furniture\"") && changed.get(0).contains("value=\"25.0\""), changed::toString);

        // a unit moved under another superior, and a member added to a circle: one line each
        loaded = new ModelLoader().load(file);
        ((AdministrativeUnit) element(loaded, "foshan")).setSuperior((AdministrativeUnit) element(loaded, "central"));
        assertEquals(1, changedLines(before, loaded.canonicalText()).size());
        assertTrue(changedLines(before, loaded.canonicalText()).get(0).contains("superior=\"central\""), "a reference by id, without '#'");
    }

    /** A value equal to the metamodel's default stays written where the file wrote it, and is not added where it did not. */
    @Test
    void aDefaultTheFileWroteStaysWritten() throws IOException {
        Path file = folder.resolve("defaults.chaxu");
        String text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <chaxu:GovernanceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:chaxu="http://chaxu.org/governance/1.0"
                    name="Defaults" asOf="2020-12-31">
                  <units id="central" name="Centre" level="CENTRAL" rank="NATIONAL"/>
                  <units id="p" name="Province" level="PROVINCIAL" rank="MINISTERIAL" superior="central">
                    <standards id="s" name="Not binding, said so" indicator="i" binding="false"/>
                    <standards id="t" name="Not binding, unsaid" indicator="i"/>
                  </units>
                  <indicators id="i" name="An indicator"/>
                  <arrangements id="a" name="Circle" kind="METROPOLITAN_CIRCLE" members="p" initiation="TOP_DOWN"/>
                  <arrangements id="b" name="Other circle" kind="METROPOLITAN_CIRCLE" members="p"/>
                </chaxu:GovernanceModel>
                """;
        Files.writeString(file, text);
        LoadedModel loaded = new ModelLoader().load(file);
        assertTrue(loaded.isUsable(), loaded.problems()::toString);
        Arrangement a = (Arrangement) element(loaded, "a");
        assertEquals(Initiation.TOP_DOWN, a.getInitiation());
        assertFalse(a.eIsSet(GovernancePackage.Literals.ARRANGEMENT__INITIATION), "EMF holds the default as unset");
        assertTrue(ModelFormat.isWritten(a, GovernancePackage.Literals.ARRANGEMENT__INITIATION));
        assertFalse(ModelFormat.isWritten(element(loaded, "b"), GovernancePackage.Literals.ARRANGEMENT__INITIATION));
        assertEquals(text, loaded.canonicalText(), "level=\"CENTRAL\", binding=\"false\" and initiation=\"TOP_DOWN\" as written, none added");
        // changed away from the default and back: still written as the file had it
        a.setInitiation(Initiation.SELF_INITIATED);
        assertTrue(loaded.canonicalText().contains("initiation=\"SELF_INITIATED\""));
        a.setInitiation(Initiation.TOP_DOWN);
        assertEquals(text, loaded.canonicalText());

        // a newer version of the file merged in (the editor after a pull): its spelled-out defaults come along
        String newer = text.replace("members=\"p\"/>", "members=\"p\" initiation=\"TOP_DOWN\"/>")
                .replace(" initiation=\"TOP_DOWN\"/>\n  <arrangements id=\"b\"", "/>\n  <arrangements id=\"b\"")
                .replace(" binding=\"false\"/>", "/>");
        assertNotEquals(text, newer);
        Path newerFile = folder.resolve("defaults-newer.chaxu");
        Files.writeString(newerFile, newer);
        LoadedModel fresh = new ModelLoader().load(newerFile);
        assertTrue(fresh.isUsable(), fresh.problems()::toString);
        assertEquals(0, org.chaxu.engine.ModelMerge.merge(loaded.resource(), fresh.resource()), "no value changed");
        assertEquals(newer, loaded.canonicalText(), "the defaults as the newer file spells them");
    }

    /** References to another file by relative path, to the registry by its scheme; values with quotes, ampersands, line breaks and tabs. */
    @Test
    void referencesKeepTheirSpellingAndValuesReadBackAsWritten() throws IOException {
        Path project = folder.resolve("project");
        Files.createDirectories(project.resolve("cities"));
        Files.writeString(project.resolve("baseline.chaxu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <chaxu:GovernanceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:chaxu="http://chaxu.org/governance/1.0"
                    name="Baseline" asOf="2020-12-31">
                  <indicators id="voc" name="VOC"/>
                </chaxu:GovernanceModel>
                """);
        Path city = project.resolve("cities/city.chaxu");
        Files.writeString(city, """
                <?xml version="1.0" encoding="UTF-8"?>
                <chaxu:GovernanceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:chaxu="http://chaxu.org/governance/1.0"
                    name="City" asOf="2020-12-31">
                  <standards id="c" name="City limit" issuedBy="chaxu:registry/china#510100" indicator="../baseline.chaxu#voc" value="50.0" unit="mg/m³"/>
                </chaxu:GovernanceModel>
                """);
        LoadedModel loaded = new ModelLoader().withRoot(project).load(city);
        assertTrue(loaded.isUsable(), loaded.problems()::toString);
        assertEquals(Files.readString(city), loaded.canonicalText(), "a relative path and the registry's scheme, as written");

        Standard standard = (Standard) element(loaded, "c");
        String hostile = "Say \"no\" & <mean> it\nsecond line\ttab";
        standard.setName(hostile);
        String written = loaded.canonicalText();
        assertTrue(written.contains("name=\"Say &quot;no&quot; &amp; &lt;mean> it&#xA;second line&#x9;tab\""), written);
        assertEquals(written.lines().count(), Files.readString(city).lines().count(), "a line break in a value stays on its line");
        Path again = project.resolve("cities/again.chaxu");
        Files.writeString(again, written);
        LoadedModel reread = new ModelLoader().withRoot(project).load(again);
        assertEquals(hostile, ((Standard) element(reread, "c")).getName(), "EMF reads back what was written");
        assertEquals(written, reread.canonicalText(), "written twice, the same bytes");
    }

    /** The root's short attributes share its second line, its description has a line of its own; an element without children closes itself. */
    @Test
    void theRootsAttributesAndEmptyElements() {
        LoadedModel loaded = new ModelLoader().load(Examples.file("prd-air.chaxu"));
        String[] lines = loaded.canonicalText().split("\n");
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", lines[0]);
        assertTrue(lines[1].startsWith("<chaxu:GovernanceModel xmi:version=\"2.0\" ") && !lines[1].contains(" name="), lines[1]);
        assertTrue(lines[2].startsWith("    name=\"") && lines[2].contains(" asOf=\"2020-06-30\""), lines[2]);
        assertTrue(lines[3].startsWith("    description=\"") && lines[3].endsWith("\">"), lines[3]);
        assertEquals("</chaxu:GovernanceModel>", lines[lines.length - 1]);
        assertTrue(loaded.canonicalText().endsWith(">\n"), "one line break at the end");
        EcoreUtil.delete(loaded.model().getUnits().get(0).getStandards().get(0));
        assertTrue(loaded.canonicalText().lines().anyMatch(l -> l.startsWith("  <units id=\"central\"") && l.endsWith("/>")),
                "a unit without standards is one line");
    }

    private Path copy(String example) throws IOException {
        Path file = folder.resolve(example);
        Files.write(file, Files.readAllBytes(Examples.file(example)));
        return file;
    }

    private static EObject element(LoadedModel loaded, String id) {
        EObject found = loaded.resource().getEObject(id);
        assertTrue(found != null, id);
        return found;
    }

    /** The lines of {@code after} that are not lines of {@code before} (counted), after checking that none of before's went. */
    private static List<String> changedLines(String before, String after) {
        List<String> old = new ArrayList<>(List.of(before.split("\n", -1)));
        List<String> now = new ArrayList<>(List.of(after.split("\n", -1)));
        assertEquals(old.size(), now.size(), "as many lines as before");
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (!old.get(i).equals(now.get(i))) {
                changed.add(now.get(i));
            }
        }
        return changed;
    }
}
