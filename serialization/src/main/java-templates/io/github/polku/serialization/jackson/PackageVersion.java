package io.github.polku.serialization.jackson;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this module, generated at build time from the POM.
 *
 * @since 0.1.0
 */
public final class PackageVersion implements Versioned {

    /** The version of {@code ${project.artifactId}}. */
    public static final Version VERSION = VersionUtil.parseVersion("${project.version}", "${project.groupId}", "${project.artifactId}");

    /** Creates the version holder; Jackson's {@link Versioned} contract needs an instance. */
    public PackageVersion() {
    }

    /**
     * Gets the version of this module.
     *
     * @return the version, not null
     */
    @Override
    public Version version() {
        return VERSION;
    }
}
