package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.baocao.api.document.DocumentNumberFormatException;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.period.PeriodFormatException;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.i18n.BundleLoader;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.PluginStatus;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.problem.Severity;

/**
 * Every text a user can read exists in Vietnamese and in English: each bundle's two files have the
 * same keys and no empty text, and every key the code asks for is in the bundles.
 */
class MessageBundlesTest {
    private static final Path SOURCES = Path.of(System.getProperty("baocao.sources", ".."));
    /** Texts read by Hibernate Validator or picocli, which use their own placeholders. */
    private static final Pattern NOT_MESSAGE_FORMAT = Pattern.compile("^(jakarta\\.|vn\\.baocao\\.constraints\\.|usage\\.|baocao\\.|option\\.|help$|version$|validate\\.files$).*");

    /** A bundle's texts in Vietnamese and in English. */
    private record Texts(Map<String, String> vietnamese, Map<String, String> english) {
        static Texts of(Module module, String name) {
            return new Texts(BundleLoader.read(module, name, Language.VIETNAMESE).orElseThrow(),
                    BundleLoader.read(module, name, Language.ENGLISH).orElseThrow());
        }

        Map<String, String> in(java.util.Locale locale) {
            return Language.isEnglish(locale) ? english : vietnamese;
        }
    }

    /** The platform's, the command line's, the server's, the Excel form's and every loaded plugin's bundle, by name. */
    private static Map<String, Texts> bundles() {
        Map<String, Texts> bundles = new LinkedHashMap<>();
        bundles.put(Messages.PLATFORM_BUNDLE, Texts.of(Messages.class.getModule(), Messages.PLATFORM_BUNDLE));
        bundles.put(CommandLines.BUNDLE, Texts.of(CommandLines.class.getModule(), CommandLines.BUNDLE));
        bundles.put(vn.baocao.server.BaocaoServer.BUNDLE, Texts.of(vn.baocao.server.BaocaoServer.class.getModule(), vn.baocao.server.BaocaoServer.BUNDLE));
        bundles.put(vn.baocao.excel.EntryFormWriter.BUNDLE, Texts.of(vn.baocao.excel.EntryFormWriter.class.getModule(), vn.baocao.excel.EntryFormWriter.BUNDLE));
        Platform platform = Platform.start(PlatformOptions.defaults());
        for (Registry.Owned<vn.baocao.core.plugin.PluginTexts> bundle : platform.registry().texts()) {
            bundles.put(bundle.item().baseName(), new Texts(bundle.item().vietnamese(), bundle.item().english()));
        }
        assertThat(bundles).hasSizeGreaterThanOrEqualTo(7);
        return bundles;
    }

    @Test
    void everyKeyHasAVietnameseAndAnEnglishText() {
        List<String> problems = new ArrayList<>();
        bundles().forEach((name, texts) -> {
            Map<String, String> vi = texts.vietnamese();
            Map<String, String> en = texts.english();
            for (String key : union(vi.keySet(), en.keySet())) {
                if (!vi.containsKey(key)) problems.add(name + ": “" + key + "” has no Vietnamese text");
                if (!en.containsKey(key)) problems.add(name + ": “" + key + "” has no English text");
                if (vi.containsKey(key) && vi.get(key).isBlank()) problems.add(name + ": “" + key + "” is empty in Vietnamese");
                if (en.containsKey(key) && en.get(key).isBlank()) problems.add(name + ": “" + key + "” is empty in English");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPatternParsesAndVietnameseIsComposed() {
        List<String> problems = new ArrayList<>();
        bundles().forEach((name, texts) -> {
            for (var locale : List.of(Language.VIETNAMESE, Language.ENGLISH)) {
                texts.in(locale).forEach((key, text) -> {
                    if (!java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) {
                        problems.add(name + ": “" + key + "” is not in NFC");
                    }
                    if (!NOT_MESSAGE_FORMAT.matcher(key).matches()) {
                        try {
                            String formatted = new MessageFormat(text, locale).format(new Object[] {1, 2, 3, 4, 5, 6});
                            // quotes may only escape braces ('{{'); any other would vanish from the text
                            if (text.replaceAll("'[{}]+'", "").contains("'")) {
                                problems.add(name + ": “" + key + "” has a quote MessageFormat would eat: " + formatted);
                            }
                        } catch (IllegalArgumentException e) {
                            problems.add(name + ": “" + key + "” does not parse: " + e.getMessage());
                        }
                    }
                });
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundles() throws IOException {
        Set<String> known = new TreeSet<>();
        bundles().forEach((name, texts) -> known.addAll(texts.english().keySet()));
        Set<String> asked = new TreeSet<>(literalKeys());
        Arrays.stream(PeriodFormatException.Reason.values()).forEach(r -> asked.add("period." + r));
        Arrays.stream(DocumentNumberFormatException.Reason.values()).forEach(r -> asked.add("symbol." + r));
        Arrays.stream(Severity.values()).forEach(s -> asked.add("severity." + s));
        Arrays.stream(PluginStatus.values()).forEach(s -> asked.add("plugins.status." + s));
        Arrays.stream(ValueType.values()).forEach(t -> asked.add("valueType." + t));
        Arrays.stream(ValueType.values()).forEach(t -> asked.add("vn.baocao.constraints.ValueFitsIndicator." + t));
        Arrays.stream(ValueType.values()).forEach(t -> asked.add("data.badValue." + t));
        Arrays.stream(vn.baocao.core.data.Rollup.SplitRule.values()).forEach(r -> asked.add("rollup.split." + r));
        Stream.of("programType", "indicator", "rule", "block", "format").forEach(k -> asked.add("plugin.conflict." + k));
        Stream.of("text", "integer", "number", "boolean", "date", "issueDate", "period", "symbol", "choice", "list", "map", "object")
                .forEach(t -> { asked.add("type." + t); asked.add("hint.type." + t); });
        Stream.of("yaml", "json").forEach(f -> { asked.add("syntax." + f); asked.add("syntax." + f + ".hint"); });

        assertThat(asked).hasSizeGreaterThan(100);
        assertThat(known).containsAll(asked);
    }

    /** Keys written as literals where the code turns them into text. */
    private static Set<String> literalKeys() throws IOException {
        Pattern call = Pattern.compile("(?:MessageRef\\.of|messages\\.get|messages\\.find|messages\\(\\)\\.get|Violation\\.of\\([^,]+,)\\s*\\(?\\s*\"([A-Za-z][\\w.-]*\\w)\"\\s*[,)]");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("src" + java.io.File.separator + "main")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
