package dk.sygesikring.adapters.nets;

import dk.sygesikring.resilience.DefectException;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The municipalities' Nets secret keys by reference (PAY-4, CFG-2): a municipality's configuration names its key by a
 * reference, e.g. {@code nets-0101-2026}; the key itself is set by the operator from the secret store as
 * {@code sygesikring.nets.secret-keys.<reference>}, i.e. the environment variable
 * {@code SYGESIKRING_NETS_SECRET_KEYS_NETS_0101_2026} or a mounted configuration file. A reference is lower-case
 * letters, digits and hyphens, so that it survives the environment variable's spelling.
 *
 * <p>A reference without a key is a configuration defect: it says so, never retried, never a failure for the
 * circuit breaker, and no request is made with it. Nothing here ever shows a key.
 */
@Singleton
class NetsSecretKeys {

    static final String PREFIX = "sygesikring.nets.secret-keys";
    private static final Pattern REFERENCE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Environment environment;

    NetsSecretKeys(Environment environment) {
        this.environment = environment;
    }

    /**
     * The key the reference names.
     *
     * @throws DefectException when the reference is malformed or the operator has set no key for it
     */
    String key(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new DefectException("a Nets secret key reference is lower-case letters, digits and hyphens, not '"
                    + reference + "': correct the municipality's configuration");
        }
        return environment.getProperty(PREFIX + "." + reference, String.class)
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .orElseThrow(() -> new DefectException("no Nets secret key is set for the reference '" + reference
                        + "': set " + PREFIX + "." + reference + " (environment variable "
                        + environmentVariable(reference) + ") from the secret store, or correct the municipality's "
                        + "configuration"));
    }

    static String environmentVariable(String reference) {
        return (PREFIX + "." + reference).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    @Override
    public String toString() {
        return "NetsSecretKeys from " + PREFIX + ".*";
    }
}
