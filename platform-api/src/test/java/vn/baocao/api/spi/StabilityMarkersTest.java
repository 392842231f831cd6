package vn.baocao.api.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.apiguardian.api.API.Status;
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

    /**
     * A signature a plugin may rely on for good must not name a type that may still change: a STABLE
     * member (its own marker, or its type's) names only STABLE types of the API. A member that needs
     * an experimental type says so with its own {@code @API(status = EXPERIMENTAL)}.
     */
    @Test
    void stableSignaturesNameOnlyStableTypes() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicTypes(ProgramTypeProvider.class.getModule())) {
            if (status(type) != Status.STABLE) {
                continue;
            }
            List<Member> members = new ArrayList<>();
            members.addAll(List.of(type.getDeclaredMethods()));
            members.addAll(List.of(type.getDeclaredConstructors()));
            members.addAll(List.of(type.getDeclaredFields()));
            for (Member member : members) {
                boolean visible = Modifier.isPublic(member.getModifiers())
                        || (Modifier.isProtected(member.getModifiers()) && !Modifier.isFinal(type.getModifiers()));
                if (!visible || member.isSynthetic() || (member instanceof Method m && m.isBridge())
                        || memberStatus((AnnotatedElement) member, type) != Status.STABLE) {
                    continue;
                }
                for (Class<?> named : namedTypes(member)) {
                    if (named.getPackageName().startsWith("vn.baocao.api") && status(named) != Status.STABLE) {
                        leaks.add(type.getSimpleName() + "." + member.getName() + " names " + named.getSimpleName() + " (" + status(named) + ")");
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** A type's own marker, or else the marker of the type it is nested in. */
    static Status status(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            API marker = t.getAnnotation(API.class);
            if (marker != null) {
                return marker.status();
            }
        }
        return Status.INTERNAL;
    }

    private static Status memberStatus(AnnotatedElement member, Class<?> owner) {
        API marker = member.getAnnotation(API.class);
        return marker != null ? marker.status() : status(owner);
    }

    private static Set<Class<?>> namedTypes(Member member) {
        List<Type> types = new ArrayList<>();
        if (member instanceof Method m) {
            types.add(m.getGenericReturnType());
        }
        if (member instanceof Executable e) {
            types.addAll(List.of(e.getGenericParameterTypes()));
            types.addAll(List.of(e.getGenericExceptionTypes()));
        }
        if (member instanceof Field f) {
            types.add(f.getGenericType());
        }
        Set<Class<?>> named = new LinkedHashSet<>();
        types.forEach(t -> collect(t, named));
        return named;
    }

    private static void collect(Type type, Set<Class<?>> into) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collect(c.getComponentType(), into);
            } else {
                into.add(c);
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), into);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, into);
            }
        } else if (type instanceof GenericArrayType g) {
            collect(g.getGenericComponentType(), into);
        } else if (type instanceof WildcardType w) {
            Stream.of(w.getUpperBounds()).forEach(b -> collect(b, into));
            Stream.of(w.getLowerBounds()).forEach(b -> collect(b, into));
        } else if (type instanceof TypeVariable<?> v) {
            Stream.of(v.getBounds()).forEach(b -> collect(b, into));
        }
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
