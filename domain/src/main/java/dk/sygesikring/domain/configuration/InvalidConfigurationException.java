package dk.sygesikring.domain.configuration;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration was given settings that break its invariants. Thrown by the drafts' {@code validate()} with every
 * setting that is wrong, each named as the contract spells it, so that the edge can answer 400 naming the fields.
 */
public class InvalidConfigurationException extends IllegalArgumentException {

    private final transient List<InvalidSetting> invalidSettings;

    public InvalidConfigurationException(List<InvalidSetting> invalidSettings) {
        super(invalidSettings.stream().map(invalid -> invalid.name() + ": " + invalid.reason())
                .collect(Collectors.joining("; ")));
        if (invalidSettings.isEmpty()) {
            throw new IllegalArgumentException("an invalid configuration names at least one setting");
        }
        this.invalidSettings = List.copyOf(invalidSettings);
    }

    public List<InvalidSetting> invalidSettings() {
        return invalidSettings;
    }
}
