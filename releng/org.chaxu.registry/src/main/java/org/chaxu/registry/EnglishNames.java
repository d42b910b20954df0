// SPDX-License-Identifier: EPL-2.0
package org.chaxu.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The English name of a unit of the registry, as atlases and the government's own English pages
 * write them: the place in pinyin (without tones, syllables joined, an apostrophe where a syllable
 * starting with a vowel would run into the one before: Xi'an) and the kind of unit in English
 * ("Huizhou City", "Guangdong Province", "Yanbian Korean Autonomous Prefecture").
 *
 * <p>Pinyin4j gives each character's readings; a name it would read wrongly (a polyphone: 重庆 is
 * Chongqing, not Zhongqing) or that has a customary spelling (内蒙古 Inner Mongolia, 陕西 Shaanxi) is
 * in the reviewed list {@code english-names.properties} beside this class, as are the peoples named
 * in autonomous units. The list is matched against the place part of the name, longest first.
 */
final class EnglishNames {

    /** Kinds of unit, by their Chinese ending, longest first. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("特别行政区", "Special Administrative Region");
        KINDS.put("自治区", "Autonomous Region");
        KINDS.put("自治州", "Autonomous Prefecture");
        KINDS.put("自治县", "Autonomous County");
        KINDS.put("自治旗", "Autonomous Banner");
        KINDS.put("林区", "Forestry District");
        KINDS.put("新区", "New Area");
        KINDS.put("特区", "Special District");
        KINDS.put("地区", "Prefecture");
        KINDS.put("省", "Province");
        KINDS.put("市", "City");
        KINDS.put("盟", "League");
        KINDS.put("县", "County");
        KINDS.put("区", "District");
        KINDS.put("旗", "Banner");
    }

    private final Properties places = new Properties();
    private final List<String> peoples = new ArrayList<>();
    private final Properties peopleNames = new Properties();
    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

    EnglishNames() throws IOException {
        Properties all = new Properties();
        try (InputStream in = EnglishNames.class.getResourceAsStream("english-names.properties")) {
            all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : all.stringPropertyNames()) {
            if (key.startsWith("people.")) {
                String people = key.substring("people.".length());
                peopleNames.setProperty(people, all.getProperty(key));
                peoples.add(people);
            } else {
                places.setProperty(key, all.getProperty(key));
            }
        }
        peoples.sort((a, b) -> b.length() - a.length());
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
    }

    /**
     * The English name of a unit named {@code chinese}; {@code municipality}: one of the four cities
     * under the central government, known by its place name alone ("Beijing").
     */
    String of(String chinese, boolean municipality) {
        if (places.containsKey(chinese)) {
            return places.getProperty(chinese); // a whole name with a customary form (香港特别行政区 Hong Kong …)
        }
        String rest = chinese;
        String kind = "";
        for (Map.Entry<String, String> ending : KINDS.entrySet()) {
            if (rest.endsWith(ending.getKey()) && rest.length() > ending.getKey().length()) {
                kind = ending.getValue();
                rest = rest.substring(0, rest.length() - ending.getKey().length());
                break;
            }
        }
        // the peoples of an autonomous unit, at the end of its place part: 延边朝鲜族 → Yanbian, Korean
        List<String> people = new ArrayList<>();
        if (kind.startsWith("Autonomous") && !places.containsKey(rest)) {
            boolean found = true;
            while (found) {
                found = false;
                for (String p : peoples) {
                    if (rest.endsWith(p) && rest.length() > p.length()) {
                        if (!peopleNames.getProperty(p).isEmpty()) {
                            people.add(0, peopleNames.getProperty(p));
                        }
                        rest = rest.substring(0, rest.length() - p.length());
                        found = true;
                        break;
                    }
                }
            }
            while (rest.endsWith("族") || rest.endsWith("各")) {
                rest = rest.substring(0, rest.length() - 1);
            }
        }
        String place = place(rest);
        if (municipality) {
            return place;
        }
        StringBuilder name = new StringBuilder(place);
        if (!people.isEmpty()) {
            name.append(' ').append(org.chaxu.engine.Labels.list(people, Locale.ENGLISH));
        }
        if (!kind.isEmpty()) {
            name.append(' ').append(kind);
        }
        return name.toString();
    }

    /** A place's name in pinyin: the reviewed spelling when there is one, else its readings joined. */
    String place(String chinese) {
        if (places.containsKey(chinese)) {
            String known = places.getProperty(chinese);
            return known.isEmpty() ? known : Character.toUpperCase(known.charAt(0)) + known.substring(1);
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < chinese.length(); i++) {
            // the longest reviewed part starting here (重庆 inside 重庆市's districts, 内蒙古 …)
            String known = null;
            for (int end = chinese.length(); end > i && known == null; end--) {
                if (places.containsKey(chinese.substring(i, end))) {
                    known = chinese.substring(i, end);
                }
            }
            String syllables;
            if (known != null) {
                syllables = places.getProperty(known).toLowerCase(Locale.ROOT);
                i += known.length() - 1;
            } else {
                syllables = syllable(chinese.charAt(i));
            }
            if (word.length() > 0 && !syllables.isEmpty() && "aeo".indexOf(syllables.charAt(0)) >= 0 && word.charAt(word.length() - 1) != ' ') {
                word.append('\'');
            }
            word.append(syllables);
        }
        return word.isEmpty() ? chinese : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String syllable(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
            return readings == null || readings.length == 0 ? String.valueOf(c) : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
