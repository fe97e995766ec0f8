package io.rightline.network.fabric;

import java.util.List;

/**
 * What one run of {@link NetworkMaterial#write(int)} did.
 *
 * @param createdAuthorities CA folders created in this run (empty when every CA was reused)
 * @param createdIdentities identity folders (node or user) written in this run
 * @param keptIdentities identity folders that already existed and were left untouched
 */
public record MaterialReport(
        List<String> createdAuthorities, List<String> createdIdentities, List<String> keptIdentities) {

    /** Copies the lists. */
    public MaterialReport {
        createdAuthorities = List.copyOf(createdAuthorities);
        createdIdentities = List.copyOf(createdIdentities);
        keptIdentities = List.copyOf(keptIdentities);
    }
}
