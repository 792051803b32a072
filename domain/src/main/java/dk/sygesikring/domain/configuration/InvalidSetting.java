package dk.sygesikring.domain.configuration;

import java.util.Objects;

/**
 * One setting of a configuration that cannot be used, and why, in plain words.
 *
 * @param name the setting's name as the contract and the change audit spell it, e.g. {@code consentPeriodDays} or
 *             {@code taskDeadlineDays.LUNA_REFUSAL}
 */
public record InvalidSetting(String name, String reason) {
    public InvalidSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}
