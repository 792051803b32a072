package dk.sygesikring.adapters.rest.security;

import java.util.List;

/** The roles a token's {@code roles} claim may carry (ROLE-1), most privileged first. */
public final class Roles {

    public static final String CASEWORKER_SPECIAL = "CASEWORKER_SPECIAL";
    public static final String CASEWORKER = "CASEWORKER";
    public static final String MUNICIPAL_ADMIN = "MUNICIPAL_ADMIN";
    public static final String SYSTEM = "SYSTEM";
    public static final String CITIZEN = "CITIZEN";

    /** When a token carries several roles, the first of these it has decides who acts. */
    public static final List<String> BY_PRECEDENCE = List.of(CASEWORKER_SPECIAL, CASEWORKER, MUNICIPAL_ADMIN, SYSTEM, CITIZEN);

    private Roles() {
    }
}
