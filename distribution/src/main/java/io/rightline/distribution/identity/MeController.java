package io.rightline.distribution.identity;

import io.rightline.distribution.custody.CustodialKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own identity. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "identity", description = "Who is calling")
class MeController {
    private final CustodialKeys custodialKeys;

    MeController(CustodialKeys custodialKeys) {
        this.custodialKeys = custodialKeys;
    }

    @GetMapping
    @Operation(summary = "The caller's user id, roles, ledger party and public signing key")
    Me me(@AuthenticationPrincipal Jwt token) {
        String userId = token.getSubject();
        String partyId = Objects.requireNonNullElse(token.getClaimAsString(IdentityClaims.PARTY_ID), "party-" + userId);
        List<String> roles = ApiSecurityConfiguration.roles(token).stream()
                .map(Role::claimValue)
                .sorted()
                .toList();
        return new Me(
                userId,
                token.getClaimAsString(IdentityClaims.USERNAME),
                roles,
                partyId,
                custodialKeys.publicKey(userId));
    }
}
