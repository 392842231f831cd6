package vn.baocao.api.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Every public type of the API says how stable it is, so plugin authors know what they may rely on. */
class StabilityMarkersTest {

    @Test
    void everyPublicTypeOfTheExportedPackagesCarriesAnApiMarker() throws Exception {
        Module api = ProgramTypeProvider.class.getModule();
        List<String> unmarked = new ArrayList<>();
        List<Class<?>> types = publicTypes(api);
        for (Class<?> type : types) {
            if (!type.isAnnotationPresent(API.class)) {
                unmarked.add(type.getName());
            }
        }
        assertThat(types).hasSizeGreaterThan(40);
        assertThat(unmarked).isEmpty();
    }

    private static List<Class<?>> publicTypes(Module module) throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (ModuleReader reader = module.getLayer().configuration().findModule(module.getName()).orElseThrow().reference().open();
             Stream<String> entries = reader.list()) {
            for (String entry : entries.filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class")).toList()) {
                String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                Class<?> type = Class.forName(name, false, StabilityMarkersTest.class.getClassLoader());
                boolean exported = module.isExported(type.getPackageName());
                if (exported && Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass()) {
                    types.add(type);
                }
            }
        }
        return types;
    }
}
