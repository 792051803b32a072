package dk.sygesikring.adapters.rest.security;

/** The claims this service reads from a Bearer JWT besides {@code roles} and {@code sub}. */
public final class TokenClaims {

    /** 3-digit kommunekode of a caseworker's or administrator's municipality (ROLE-2). */
    public static final String MUNICIPALITY = "municipality";
    /** The caseworker's id, as the audit log records it (AUD-1). */
    public static final String CASEWORKER_ID = "caseworker_id";
    /** A citizen's own CPR number. */
    public static final String CPR = "cpr";

    private TokenClaims() {
    }
}
