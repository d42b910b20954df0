package org.chaxu.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chaxu.ide.ChaxuIde;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Models that refer to other files, in the workbench: the builder knows which models use which
 * files, so editing a referenced file re-checks the models that use it, and each finding is a
 * marker on the model that names the element, at the naming line — never on the registry or on
 * the referenced file.
 */
class CrossFileBuildTest {

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chaxu:GovernanceModel xmi:version=\"2.0\" "
            + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:chaxu=\"http://chaxu.org/governance/1.0\" name=\"m\" asOf=\"2020-12-31\">\n";
    static final String TAIL = "</chaxu:GovernanceModel>\n";

    /** Guangdong (a unit of this file, under the registry's central government) and its fixed action. */
    static String province(boolean binding) {
        return HEAD + """
                  <units id="gd" name="Guangdong" level="PROVINCIAL" rank="MINISTERIAL" superior="chaxu:registry/china#central">
                    <standards id="gd-yellow" name="phase out yellow-label vehicles" indicator="yellow" binding="%s"/>
                  </units>
                  <indicators id="yellow" name="yellow-label phase-out" direction="MANDATORY_ACTION"/>
                """.formatted(binding) + TAIL;
    }

    /** Foshan, a unit of this file under Guangdong of province.chaxu, has not adopted the fixed action. */
    static final String CITY = HEAD + """
              <units id="fs" name="Foshan" level="PREFECTURAL" rank="PREFECTURAL" superior="province.chaxu#gd"/>
            """ + TAIL;

    @BeforeAll
    static void noAutoBuild() throws Exception {
        Workbench.disableAutoBuild();
    }

    @Test
    void editingAReferencedModelReChecksTheModelsThatUseIt() throws Exception {
        IProject project = Workbench.project("cross-file");
        IFile province = Workbench.write(project.getFile("province.chaxu"), province(true));
        IFile city = Workbench.write(project.getFile("city.chaxu"), CITY);
        Workbench.fullBuild(project);
        assertEquals(List.of("BASE-FIXED-ACTION ERROR fs"), Workbench.findingLines(city), Workbench.dump(project));
        assertEquals(List.of(), Workbench.findingLines(province), "the finding is the city file's: " + Workbench.dump(project));

        Workbench.write(province, province(false)); // only province.chaxu changes
        Workbench.build(project);
        assertEquals(List.of(), Workbench.findingLines(city), "city.chaxu re-checked: " + Workbench.dump(project));

        Workbench.write(province, province(true));
        Workbench.build(project);
        assertEquals(List.of("BASE-FIXED-ACTION ERROR fs"), Workbench.findingLines(city), Workbench.dump(project));

        province.delete(true, null); // the city's superior now dangles: a model problem, not a stale finding
        Workbench.build(project);
        assertEquals(List.of(), Workbench.findingLines(city), Workbench.dump(project));
        IMarker[] problems = city.findMarkers(ChaxuIde.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        assertTrue(problems.length > 0, "the dangling superior: " + Workbench.dump(project));
        for (IMarker problem : problems) {
            assertEquals("CHAXU-MODEL", problem.getAttribute(ChaxuIde.RULE_ID, ""), Workbench.dump(project));
            assertTrue(problem.getAttribute(IMarker.MESSAGE, "").contains("province.chaxu"), Workbench.dump(project));
        }
    }

    @Test
    void aFindingOnARegistryCityIsAMarkerOnTheModelAtTheLineNamingIt() throws Exception {
        IProject project = Workbench.project("registry-markers");
        IFile model = Workbench.write(project.getFile("prd.chaxu"), HEAD + """
                  <indicators id="yellow" name="yellow-label phase-out" direction="MANDATORY_ACTION"/>
                  <standards id="gd-yellow" name="Guangdong: phase out" indicator="yellow" binding="true" issuedBy="chaxu:registry/china#440000"/>
                  <arrangements id="conf" name="PRD conference" kind="JOINT_CONFERENCE" convener="chaxu:registry/china#440000"
                      members="chaxu:registry/china#440100 chaxu:registry/china#440600"/>
                  <standards id="gz-yellow" name="Guangzhou adopts it" indicator="yellow" issuedBy="chaxu:registry/china#440100"/>
                """ + TAIL);
        Workbench.fullBuild(project);
        assertEquals(List.of("BASE-FIXED-ACTION ERROR 440600"), Workbench.findingLines(model), Workbench.dump(project));
        IMarker marker = model.findMarkers(ChaxuIde.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)[0];
        assertEquals(6, marker.getAttribute(IMarker.LINE_NUMBER, 0), "members=\"… chaxu:registry/china#440600\"");
        assertEquals("chaxu:registry/china#440600", marker.getAttribute(ChaxuIde.URI, ""));
    }
}
