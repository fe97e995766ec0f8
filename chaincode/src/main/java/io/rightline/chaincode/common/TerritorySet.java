package io.rightline.chaincode.common;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Territories a right covers: ISO 3166-1 alpha-2 codes (or {@link Territory#WORLD}) minus exclusions.
 *
 * @param include codes, or the single token {@code WORLD}
 * @param exclude codes removed from {@code include}; may be empty
 */
public record TerritorySet(List<String> include, List<String> exclude) {

    public TerritorySet {
        if (include == null || include.isEmpty()) {
            throw Refusals.refuse(ErrorCode.INVALID_TERRITORY, "territories must include at least one code");
        }
        include = List.copyOf(new TreeSet<>(include));
        exclude = exclude == null ? List.of() : List.copyOf(new TreeSet<>(exclude));
        if (include.contains(Territory.WORLD) && include.size() > 1) {
            throw Refusals.refuse(ErrorCode.INVALID_TERRITORY, "WORLD cannot be combined with other codes");
        }
        include.stream().filter(code -> !Territory.WORLD.equals(code)).forEach(Territory::require);
        exclude.forEach(Territory::require);
        if (effectiveCodes(include, exclude).isEmpty()) {
            throw Refusals.refuse(ErrorCode.INVALID_TERRITORY, "exclusions remove every territory");
        }
    }

    /** The covered codes after exclusions, sorted. */
    public SortedSet<String> effective() {
        return effectiveCodes(include, exclude);
    }

    /** True when {@code code} is covered. */
    public boolean covers(String code) {
        return !exclude.contains(code) && (include.contains(Territory.WORLD) || include.contains(code));
    }

    /** Codes covered by both sets, sorted; empty when they do not overlap. */
    public SortedSet<String> intersection(TerritorySet other) {
        SortedSet<String> common = effective();
        common.retainAll(other.effective());
        return common;
    }

    private static SortedSet<String> effectiveCodes(Collection<String> include, Collection<String> exclude) {
        Set<String> base = include.contains(Territory.WORLD) ? Territory.all() : Set.copyOf(include);
        SortedSet<String> codes = new TreeSet<>(base);
        codes.removeAll(exclude);
        return codes;
    }
}
