package io.github.polku.security;

import io.github.polku.validation.PolkuValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the classes of polku-core by scanning its compiled classes, for the reflective sweeps. */
public final class ExportedTypes {

    private ExportedTypes() {
    }

    /** Every class compiled from core's main sources, generated Immutables classes included. */
    public static List<Class<?>> allCoreClasses() {
        Path root;
        try {
            root = Path.of(PolkuValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                    .filter(n -> !n.equals("module-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, PolkuValidator.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    /** The packages core exports to everyone: from the module descriptor, or all non-internal ones. */
    static Set<String> exportedPackages() {
        Module module = PolkuValidator.class.getModule();
        if (module.isNamed()) {
            return module.getDescriptor().exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        }
        return allCoreClasses().stream().map(Class::getPackageName).filter(p -> !p.contains(".internal"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The public classes, interfaces and enums of the exported packages, nested ones included. */
    static List<Class<?>> exportedPublicTypes() {
        Set<String> exported = exportedPackages();
        return allCoreClasses().stream().filter(c -> exported.contains(c.getPackageName()))
                .filter(ExportedTypes::isPubliclyVisible).collect(Collectors.toList());
    }

    static boolean isPubliclyVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isSynthetic();
    }
}
