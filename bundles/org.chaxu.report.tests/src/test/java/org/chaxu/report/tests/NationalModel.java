// SPDX-License-Identifier: EPL-2.0
package org.chaxu.report.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic national-shaped model written as a .chaxu file, after the editor tests' generator
 * (bundles/org.chaxu.editor.tests/.../NationalModel.java): central → provinces → prefecture-level
 * cities → counties, two standards per unit drawn at random around their baselines (so some are
 * looser, some stricter), one circle of four cities per province with its own raised bar, and per
 * province a deadlocked negotiation between two cities with the province's failed intervention and
 * a central escalation. Written as XML text, so that this module needs no EMF.
 */
final class NationalModel {

    private final StringBuilder units = new StringBuilder();
    private final StringBuilder arrangements = new StringBuilder();
    private final StringBuilder negotiations = new StringBuilder();
    private final Random random;
    int cities;
    int counties;

    private NationalModel(long seed) {
        random = new Random(seed);
    }

    static NationalModel write(Path file, int provinces, int citiesPerProvince, int countiesPerCity, long seed) throws IOException {
        NationalModel m = new NationalModel(seed);
        m.build(provinces, citiesPerProvince, countiesPerCity);
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <chaxu:GovernanceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:chaxu="http://chaxu.org/governance/1.0"
                    name="Generated national model (seed %d)" asOf="2020-06-30" description="Generated: %d provinces, %d cities, %d counties.">
                %s  <indicators id="voc" name="VOC emission limit" unit="mg/m³" direction="UPPER_LIMIT"/>
                  <indicators id="pm25" name="PM2.5 annual target" unit="µg/m³" direction="UPPER_LIMIT"/>
                %s%s</chaxu:GovernanceModel>
                """.formatted(seed, provinces, m.cities, m.counties, m.units, m.arrangements, m.negotiations), StandardCharsets.UTF_8);
        return m;
    }

    private void build(int provinces, int citiesPerProvince, int countiesPerCity) {
        unit("central", "Central", "CENTRAL", "NATIONAL", null, 60, 50, true);
        for (int p = 1; p <= provinces; p++) {
            String province = "p" + p;
            unit(province, "Province " + p, "PROVINCIAL", "MINISTERIAL", "central", 40 + random.nextInt(15), 35 + random.nextInt(10), true);
            List<String> cityIds = new ArrayList<>();
            for (int c = 1; c <= citiesPerProvince; c++) {
                String city = province + "c" + c;
                cityIds.add(city);
                cities++;
                unit(city, "City " + p + "." + c, "PREFECTURAL", "PREFECTURAL", province, 30 + random.nextInt(30), 30 + random.nextInt(15), false);
                for (int k = 1; k <= countiesPerCity; k++) {
                    counties++;
                    unit(city + "k" + k, "County " + p + "." + c + "." + k, "COUNTY", "COUNTY", city, 25 + random.nextInt(40),
                            25 + random.nextInt(20), false);
                }
            }
            List<String> members = cityIds.subList(0, Math.min(4, cityIds.size()));
            arrangements.append("  <arrangements id=\"%s-circle\" name=\"Circle of province %d\" kind=\"METROPOLITAN_CIRCLE\" members=\"%s\" convener=\"%s\" initiation=\"SELF_INITIATED\">\n"
                    .formatted(province, p, String.join(" ", members), members.get(0)));
            arrangements.append("    <standards id=\"%s-circle-voc\" name=\"Circle %d VOC limit\" indicator=\"voc\" value=\"%d.0\" unit=\"mg/m³\"/>\n"
                    .formatted(province, p, 30 + random.nextInt(10)));
            arrangements.append("  </arrangements>\n");
            if (cityIds.size() >= 2) {
                negotiations.append("""
                          <negotiations id="%1$s-n" name="Cross-border pollution, province %2$d" parties="%3$s %4$s" started="2016-01-01" status="DEADLOCKED" statusSince="2018-01-01">
                            <agreements id="%1$s-a" name="Agreement %2$d" signed="2017-05-01" signatories="%3$s %4$s">
                              <commitments id="%1$s-k" name="Joint monitoring network %2$d" task="Joint monitoring network" responsible="%3$s" due="2019-12-31" status="PENDING"/>
                            </agreements>
                            <interventions id="%1$s-i1" name="Province %2$d steps in" intervener="%1$s" means="INSPECTION" start="2018-03-01" end="2018-12-31" exitCondition="withdraws when the parties agree" outcome="INEFFECTIVE"/>
                            <interventions id="%1$s-i2" name="Central escalation %2$d" intervener="central" means="ESCALATED_MANAGEMENT" start="2019-03-01" exitCondition="withdraws when the parties agree" outcome="ONGOING" escalatedFrom="%1$s-i1"/>
                          </negotiations>
                        """.formatted(province, p, cityIds.get(0), cityIds.get(1)).indent(0));
            }
        }
    }

    private void unit(String id, String name, String level, String rank, String superior, int voc, int pm, boolean binding) {
        units.append("  <units id=\"%s\" name=\"%s\" level=\"%s\" rank=\"%s\"%s>\n".formatted(id, name, level, rank,
                superior == null ? "" : " superior=\"" + superior + "\""));
        units.append("    <standards id=\"%s-voc\" name=\"%s VOC limit\" indicator=\"voc\" value=\"%d.0\" unit=\"mg/m³\"%s source=\"generated\"/>\n"
                .formatted(id, name, voc, binding ? " binding=\"true\"" : ""));
        units.append("    <standards id=\"%s-pm25\" name=\"%s PM2.5 target\" indicator=\"pm25\" value=\"%d.0\" unit=\"µg/m³\"%s source=\"generated\"/>\n"
                .formatted(id, name, pm, binding ? " binding=\"true\"" : ""));
        units.append("  </units>\n");
    }
}
