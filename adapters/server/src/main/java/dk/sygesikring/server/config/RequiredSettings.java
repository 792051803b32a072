package dk.sygesikring.server.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The settings without which the service must not start outside the dev and test environments: where its
 * database is, how tokens are verified, and how the card supplier's reports and Nets's webhooks are. Production has no embedded database and no development keys, so a
 * forgotten variable would otherwise surface as a connection error deep in a stack trace, or not at all.
 */
public final class RequiredSettings {

    static final String DATASOURCE_URL = "datasources.default.url";
    static final String JWT_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    static final String JWKS = "micronaut.security.token.jwt.signatures.jwks";
    static final String CARD_SUPPLIER_REPORT_SECRET = "sygesikring.card-supplier.report-secret";
    static final String NETS_WEBHOOK_AUTHORIZATION = "sygesikring.nets.webhook-authorization";
    static final String PRINT_REPORT_SECRET = "sygesikring.print.report-secret";
    private static final Set<String> ENVIRONMENTS_WITH_DEVELOPMENT_DEFAULTS = Set.of(Environment.DEVELOPMENT, Environment.TEST);

    private RequiredSettings() {
    }

    /** What is missing, in the words of the environment variables an operator sets; empty when the service may start. */
    public static List<String> missing(String... args) {
        ApplicationContext probe = ApplicationContext.builder().args(args).deduceEnvironment(true).build();
        Environment environment = probe.getEnvironment().start();
        try {
            return missingIn(environment);
        } finally {
            environment.stop();
        }
    }

    static List<String> missingIn(Environment environment) {
        if (environment.getActiveNames().stream().anyMatch(ENVIRONMENTS_WITH_DEVELOPMENT_DEFAULTS::contains)) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        if (isBlank(environment, DATASOURCE_URL)) {
            missing.add("DATASOURCES_DEFAULT_URL (the JDBC URL of the PostgreSQL database)");
        }
        if (isBlank(environment, JWT_SECRET) && !environment.containsProperties(JWKS)) {
            missing.add("SYGESIKRING_JWT_SECRET (the key that verifies tokens) or a JWKS URL"
                    + " (micronaut.security.token.jwt.signatures.jwks.<name>.url)");
        }
        if (isBlank(environment, CARD_SUPPLIER_REPORT_SECRET)) {
            missing.add("SYGESIKRING_CARD_SUPPLIER_REPORT_SECRET (the secret the card supplier signs its reports with)");
        }
        if (isBlank(environment, NETS_WEBHOOK_AUTHORIZATION)) {
            missing.add("SYGESIKRING_NETS_WEBHOOK_AUTHORIZATION (what Nets puts in its webhooks' Authorization header)");
        }
        if (isBlank(environment, PRINT_REPORT_SECRET)) {
            missing.add("SYGESIKRING_PRINT_REPORT_SECRET (the secret the print supplier signs its reports with)");
        }
        return missing;
    }

    private static boolean isBlank(Environment environment, String key) {
        try {
            return environment.getProperty(key, String.class).map(String::isBlank).orElse(true);
        } catch (ConfigurationException unresolvedPlaceholder) {
            // e.g. ${SYGESIKRING_JWT_SECRET} with the variable unset
            return true;
        }
    }
}
