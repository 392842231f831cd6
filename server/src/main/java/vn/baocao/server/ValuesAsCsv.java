package vn.baocao.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stored values written back as the CSV the command line imports, so that checking them (the rules
 * on submit) and adding them up (the roll-ups) go through the core's one way of reading values.
 */
final class ValuesAsCsv {
    private ValuesAsCsv() {}

    /** Stored values in a new store of the core, read as a CSV file named {@code name} is read. */
    static vn.baocao.core.data.ValueStore store(vn.baocao.core.data.ImportJob imports, List<StoredValue> values, String name,
                                                vn.baocao.core.data.ImportOptions options) {
        vn.baocao.core.data.ValueStore store = imports.newStore();
        if (values.isEmpty()) return store;
        try {
            imports.importCsv(store, new java.io.ByteArrayInputStream(of(values)), name, options);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return store;
    }

    static byte[] of(List<StoredValue> values) {
        Set<String> disaggregations = new LinkedHashSet<>();
        for (StoredValue v : values) {
            if (v.categories().isEmpty()) continue;
            for (String pair : v.categories().split(";")) disaggregations.add(pair.substring(0, pair.indexOf('=')));
        }
        StringBuilder csv = new StringBuilder("indicator,unit,period");
        for (String d : disaggregations) csv.append(',').append(d.toLowerCase(Locale.ROOT));
        csv.append(",value,comment\n");
        for (StoredValue v : values) {
            csv.append(v.indicator()).append(',').append(v.unit()).append(',').append(v.period());
            for (String d : disaggregations) {
                csv.append(',');
                for (String pair : v.categories().isEmpty() ? new String[0] : v.categories().split(";")) {
                    if (pair.startsWith(d + "=")) csv.append(pair.substring(d.length() + 1));
                }
            }
            csv.append(',').append(v.value().toPlainString()).append(',');
            v.comment().ifPresent(c -> csv.append('"').append(c.replace("\"", "\"\"")).append('"'));
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
