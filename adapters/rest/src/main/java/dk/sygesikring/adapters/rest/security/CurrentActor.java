package dk.sygesikring.adapters.rest.security;

import dk.sygesikring.adapters.rest.problem.RefusalException;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Refusal;
import dk.sygesikring.domain.value.Digits;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/** Who is calling, as a domain {@link Actor}, from the verified token of the current request. */
@Singleton
public class CurrentActor {

    private final SecurityService security;

    public CurrentActor(SecurityService security) {
        this.security = security;
    }

    public Actor get() {
        Authentication authentication = security.getAuthentication()
                .orElseThrow(() -> incomplete("the request carries no authenticated token"));
        return actorOf(authentication);
    }

    /** The caller, who must be a caseworker (the operation's roles have already been checked). */
    public Caseworker caseworker() {
        if (get() instanceof Caseworker caseworker) {
            return caseworker;
        }
        throw incomplete("this operation is for caseworkers");
    }

    static Actor actorOf(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        String role = Roles.BY_PRECEDENCE.stream().filter(authentication.getRoles()::contains).findFirst()
                .orElseThrow(() -> incomplete("the token carries none of the roles " + Roles.BY_PRECEDENCE));
        return switch (role) {
            case Roles.CASEWORKER_SPECIAL, Roles.CASEWORKER -> new Caseworker(
                    required(claims, TokenClaims.CASEWORKER_ID), municipality(claims), role.equals(Roles.CASEWORKER_SPECIAL));
            case Roles.MUNICIPAL_ADMIN -> new MunicipalAdministrator(
                    String.valueOf(claims.getOrDefault(TokenClaims.CASEWORKER_ID, authentication.getName())), municipality(claims));
            case Roles.SYSTEM -> new SystemActor(authentication.getName());
            default -> new Citizen(cpr(claims));
        };
    }

    private static MunicipalityCode municipality(Map<String, Object> claims) {
        String code = required(claims, TokenClaims.MUNICIPALITY);
        if (!Digits.exactly(code, 3)) {
            throw incomplete("the claim '" + TokenClaims.MUNICIPALITY + "' must be a 3-digit kommunekode");
        }
        return MunicipalityCode.of(code);
    }

    private static Cpr cpr(Map<String, Object> claims) {
        String cpr = required(claims, TokenClaims.CPR);
        Optional<String> problem = Cpr.problemWith(cpr);
        if (problem.isPresent()) {
            throw incomplete("the claim '" + TokenClaims.CPR + "' is not a CPR number: " + problem.get());
        }
        return Cpr.of(cpr);
    }

    private static String required(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value == null || value.toString().isBlank()) {
            throw incomplete("the token lacks the claim '" + name + "'");
        }
        return value.toString();
    }

    private static RefusalException incomplete(String detail) {
        return new RefusalException(Refusal.forbidden("token-claims-incomplete", "ROLE-1",
                "The token does not say who acts: " + detail));
    }
}
