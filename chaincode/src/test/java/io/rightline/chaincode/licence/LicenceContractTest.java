package io.rightline.chaincode.licence;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.chaincode.Fixture;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.testsupport.chaincode.Licences;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LicenceContractTest {

    private final Fixture f = new Fixture().withWork();

    private JSONObject isLicensed(String territory, String channel, String instant) {
        return f.evaluate(f.distA, ctx -> f.licences.isLicensed(ctx, "work-1", territory, channel, instant));
    }

    @Nested
    class GrantLicence {

        @Test
        void owner_grants_and_query_answers_with_the_licence_id() {
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence()
                                    .territories("FR", "BE")
                                    .window("2026-01-01T00:00:00Z", "2026-07-01T00:00:00Z")
                                    .json()));

            assertThat(f.lastEvent("LicenceGranted").getJSONObject("licence").getString("grantorPartyId"))
                    .isEqualTo("alice");
            JSONObject inside = isLicensed("BE", "SVOD", "2026-03-01T00:00:00Z");
            assertThat(inside.getBoolean("licensed")).isTrue();
            assertThat(inside.getString("licenceId")).isEqualTo("licence-1");
            assertThat(isLicensed("DE", "SVOD", "2026-03-01T00:00:00Z").getBoolean("licensed"))
                    .isFalse();
            assertThat(isLicensed("FR", "AVOD", "2026-03-01T00:00:00Z").getBoolean("licensed"))
                    .isFalse();
            assertThat(isLicensed("FR", "SVOD", "2026-07-01T00:00:00Z").getBoolean("licensed"))
                    .as("end is exclusive")
                    .isFalse();
        }

        @Test
        void world_with_exclusions_covers_everything_but_the_exclusions() {
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence()
                                    .with("territories", Licences.territorySet(List.of("WORLD"), List.of("US", "CN")))
                                    .json()));

            assertThat(isLicensed("JP", "SVOD", "2030-01-01T00:00:00Z").getBoolean("licensed"))
                    .isTrue();
            assertThat(isLicensed("US", "SVOD", "2030-01-01T00:00:00Z").getBoolean("licensed"))
                    .isFalse();
        }

        @Test
        void non_exclusive_grants_may_overlap_each_other() {
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(ctx, Licences.aLicence("l1").json()));
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence("l2")
                                    .with("licenseePartyId", "dist-b")
                                    .json()));

            assertThat(isLicensed("FR", "SVOD", "2026-02-01T00:00:00Z")
                            .getJSONArray("licenceIds")
                            .toList())
                    .isEqualTo(List.of("l1", "l2"));
        }

        @Test
        void grant_overlapping_an_exclusive_grant_is_refused_naming_it() {
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence("excl").exclusive(true).json()));

            String message = f.refused(
                    ErrorCode.LICENCE_CONFLICT,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence("l2")
                                    .territories("DE", "FR")
                                    .window("2030-01-01T00:00:00Z", null)
                                    .json()));

            assertThat(message).contains("excl").contains("FR");
        }

        @Test
        void exclusive_grant_overlapping_any_grant_is_refused() {
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence("plain").json()));

            String message = f.refused(
                    ErrorCode.LICENCE_CONFLICT,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence("excl")
                                    .exclusive(true)
                                    .with("territories", Licences.territorySet(List.of("WORLD"), List.of()))
                                    .json()));
            assertThat(message).contains("plain");
        }

        @Test
        void exclusive_grants_may_touch_but_not_overlap_in_time_territory_or_channel() {
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence("e1")
                                    .exclusive(true)
                                    .window("2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z")
                                    .json()));
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence("e2")
                                    .exclusive(true)
                                    .window("2026-06-01T00:00:00Z", null)
                                    .json()));
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence("e3")
                                    .exclusive(true)
                                    .territories("DE")
                                    .json()));
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence("e4")
                                    .exclusive(true)
                                    .with("channel", "AVOD")
                                    .json()));
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence("e5")
                                    .exclusive(true)
                                    .with("territories", Licences.territorySet(List.of("WORLD"), List.of("FR", "DE")))
                                    .json()));

            assertThat(f.evaluateArray(f.alice, ctx -> f.licences.licencesOfWork(ctx, "work-1")))
                    .hasSize(5);
        }

        @Test
        void only_an_owner_may_grant_and_only_to_a_distributor() {
            f.refused(
                    ErrorCode.NOT_OWNER,
                    f.bob,
                    ctx -> f.licences.grantLicence(ctx, Licences.aLicence().json()));
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    f.distA,
                    ctx -> f.licences.grantLicence(ctx, Licences.aLicence().json()));
            f.refused(
                    ErrorCode.UNKNOWN_PARTY,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence().with("licenseePartyId", "bob").json()));
            f.refused(
                    ErrorCode.WORK_NOT_FOUND,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence().with("workId", "nope").json()));
        }

        @Test
        void invalid_territories_windows_and_terms_are_refused_with_their_codes() {
            f.refused(
                    ErrorCode.INVALID_TERRITORY,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence().territories("FR", "UK").json()));
            f.refused(
                    ErrorCode.INVALID_TERRITORY,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence().territories("fr").json()));
            f.refused(
                    ErrorCode.INVALID_TERRITORY,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence()
                                    .with("territories", Licences.territorySet(List.of("FR"), List.of("FR")))
                                    .json()));
            f.refused(
                    ErrorCode.INVALID_WINDOW,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence()
                                    .window("2026-02-01T00:00:00Z", "2026-02-01T00:00:00Z")
                                    .json()));
            f.refused(
                    ErrorCode.INVALID_ARGUMENT,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence().with("terms", Map.of()).json()));
            f.refused(
                    ErrorCode.INVALID_CURRENCY,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence()
                                    .with("terms", Map.of("fixedFee", Map.of("amountMinor", 1, "currency", "XYZ")))
                                    .json()));
            f.refused(
                    ErrorCode.INVALID_ARGUMENT,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence().with("channel", "CINEMA").json()));
        }

        @Test
        void retried_grant_returns_the_licence_and_different_grant_under_same_id_is_refused() {
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence().exclusive(true).json()));
            JSONObject again = f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence().exclusive(true).json()));

            assertThat(again.getJSONObject("grant").getString("licenceId")).isEqualTo("licence-1");
            f.refused(
                    ErrorCode.ID_CONFLICT,
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence().territories("DE").json()));
        }
    }

    @Nested
    class RevokeLicence {

        @Test
        void revoked_exclusive_licence_no_longer_blocks_or_answers() {
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence("excl").exclusive(true).json()));
            f.submit(f.alice, ctx -> f.licences.revokeLicence(ctx, "excl"));

            assertThat(f.lastEvent("LicenceRevoked").getString("revokedBy")).isEqualTo("alice");
            assertThat(isLicensed("FR", "SVOD", "2026-03-01T00:00:00Z").getBoolean("licensed"))
                    .isFalse();
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(ctx, Licences.aLicence("l2").json()));
            assertThat(isLicensed("FR", "SVOD", "2026-03-01T00:00:00Z").getString("licenceId"))
                    .isEqualTo("l2");
        }

        @Test
        void another_creator_cannot_revoke_and_unknown_licence_is_refused() {
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(ctx, Licences.aLicence().json()));
            f.refused(ErrorCode.NOT_OWNER, f.bob, ctx -> f.licences.revokeLicence(ctx, "licence-1"));
            f.refused(ErrorCode.LICENCE_NOT_FOUND, f.alice, ctx -> f.licences.revokeLicence(ctx, "nope"));
        }
    }
}
