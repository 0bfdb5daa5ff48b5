package org.casenotes.plugins;

import java.util.Objects;

/**
 * A plugin installed into this Casenotes installation from a p2 repository: one feature, as {@code casenotes plugins
 * list} and the Plugins preference page show it.
 *
 * @param id      the feature's id without p2's {@code .feature.group} suffix, as {@code plugins remove} takes it
 * @param version the installed version
 * @param name    the feature's name, or its id when it has none
 */
public record InstalledPlugin(String id, String version, String name) {

    public InstalledPlugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return id + " " + version + (name.equals(id) ? "" : " (" + name + ")");
    }
}
