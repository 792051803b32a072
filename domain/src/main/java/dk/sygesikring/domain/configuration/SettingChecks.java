package dk.sygesikring.domain.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects what is wrong with the settings of a draft, so that one answer names every wrong setting. Each value type
 * checks its own invariants in its constructor and says what is wrong in plain words; this names the setting.
 */
final class SettingChecks {

    private final List<InvalidSetting> invalid = new ArrayList<>();

    /** The value {@code make} builds, or null (recorded as invalid under {@code name}) when it refuses. */
    <T> T value(String name, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidConfigurationException nested) {
            invalid.addAll(nested.invalidSettings());
            return null;
        } catch (IllegalArgumentException refused) {
            invalid.add(new InvalidSetting(name, refused.getMessage()));
            return null;
        }
    }

    /** {@code given}, or null recorded as "is required". */
    <T> T required(String name, T given) {
        if (given == null) {
            invalid.add(new InvalidSetting(name, "is required"));
        }
        return given;
    }

    void invalid(String name, String reason) {
        invalid.add(new InvalidSetting(name, reason));
    }

    /** Throws when any setting was invalid; after this every value made is non-null. */
    void throwIfInvalid() {
        if (!invalid.isEmpty()) {
            throw new InvalidConfigurationException(invalid);
        }
    }
}
