package dk.sygesikring.domain.configuration;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * One changed setting, as the change audit records it (CFG-3): who, when, which setting of which configuration, the
 * value before and the value after (empty when the setting did not exist before, or no longer does).
 *
 * @param municipality the municipality whose local configuration changed; empty for the global configuration
 */
public record ConfigurationChange(Instant changedAt, ChangedBy changedBy, Optional<MunicipalityCode> municipality,
                                  String setting, Optional<String> oldValue, Optional<String> newValue) {

    public ConfigurationChange {
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
        if (oldValue.equals(newValue)) {
            throw new IllegalArgumentException("a change changes the value of " + setting);
        }
    }

    /** The settings whose values differ between {@code before} and {@code after}, in the order of their names. */
    public static List<ConfigurationChange> between(SortedMap<String, String> before, SortedMap<String, String> after,
                                                    Optional<MunicipalityCode> municipality, ChangedBy by, Instant at) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<ConfigurationChange> changes = new ArrayList<>();
        for (String name : names) {
            Optional<String> old = Optional.ofNullable(before.get(name));
            Optional<String> now = Optional.ofNullable(after.get(name));
            if (!old.equals(now)) {
                changes.add(new ConfigurationChange(at, by, municipality, name, old, now));
            }
        }
        return changes;
    }

    public boolean isGlobal() {
        return municipality.isEmpty();
    }
}
