package dk.sygesikring.dev.tokens;

import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.adapters.rest.security.Roles;
import dk.sygesikring.adapters.rest.security.TokenClaims;
import dk.sygesikring.api.DevelopmentApi;
import dk.sygesikring.api.model.DevelopmentTokenDto;
import dk.sygesikring.api.model.DevelopmentTokenRequestDto;
import dk.sygesikring.api.model.InvalidParamDto;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mints development tokens signed with the configured key. It exists only when
 * {@code sygesikring.dev-tokens.enabled} is true, which only the dev environment's configuration
 * sets; everywhere else the route does not exist (404).
 */
@Controller
@Requires(property = "sygesikring.dev-tokens.enabled", value = "true")
class DevelopmentTokenController implements DevelopmentApi {

    static final int VALIDITY_SECONDS = 3600;

    private final JwtTokenGenerator tokens;

    DevelopmentTokenController(JwtTokenGenerator tokens) {
        this.tokens = tokens;
    }

    @Override
    public DevelopmentTokenDto mintDevelopmentToken(DevelopmentTokenRequestDto request) {
        String role = request.getRole().getValue();
        Map<String, Object> claims = claimsFor(role, request);
        String subject = String.valueOf(claims.getOrDefault(TokenClaims.CASEWORKER_ID,
                claims.getOrDefault(TokenClaims.CPR, "system")));
        String token = tokens.generateToken(Authentication.build(subject, List.of(role), claims), VALIDITY_SECONDS)
                .orElseThrow(() -> new IllegalStateException("no JWT signature is configured"));
        return new DevelopmentTokenDto(token, "Bearer", VALIDITY_SECONDS);
    }

    private static Map<String, Object> claimsFor(String role, DevelopmentTokenRequestDto request) {
        List<InvalidParamDto> missing = new ArrayList<>();
        Map<String, Object> claims = new LinkedHashMap<>();
        switch (role) {
            case Roles.CASEWORKER, Roles.CASEWORKER_SPECIAL, Roles.MUNICIPAL_ADMIN -> {
                require(missing, "municipality", request.getMunicipality(), "\\d{3}", "a 3-digit kommunekode is required for " + role);
                require(missing, "caseworkerId", request.getCaseworkerId(), ".*\\S.*", "a caseworker id is required for " + role);
                claims.put(TokenClaims.MUNICIPALITY, request.getMunicipality());
                claims.put(TokenClaims.CASEWORKER_ID, request.getCaseworkerId());
            }
            case Roles.CITIZEN -> {
                String cpr = request.getCpr();
                if (cpr == null || Cpr.problemWith(cpr).isPresent()) {
                    missing.add(new InvalidParamDto("cpr", "a valid CPR number is required for CITIZEN"));
                }
                claims.put(TokenClaims.CPR, cpr);
            }
            default -> { }
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
        return claims;
    }

    private static void require(List<InvalidParamDto> missing, String name, String value, String pattern, String reason) {
        if (value == null || !value.matches(pattern)) {
            missing.add(new InvalidParamDto(name, reason));
        }
    }
}
